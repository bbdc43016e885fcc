package io.athgrid.agent.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.AgentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;

class KeyFileTest {

    @TempDir
    Path directory;

    @Test
    void creates_a_key_readable_by_its_owner_only() throws Exception {
        Path file = directory.resolve("node-key");

        ECKeyPair key = KeyFile.readOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).matches("0x[0-9a-f]{64}");
        assertThat(KeyFile.address(key)).matches("0x[0-9a-f]{40}");
    }

    @Test
    void reuses_the_key_on_later_starts() {
        Path file = directory.resolve("node-key");

        ECKeyPair first = KeyFile.readOrCreate(file);
        ECKeyPair second = KeyFile.readOrCreate(file);

        assertThat(KeyFile.address(second)).isEqualTo(KeyFile.address(first));
    }

    @Test
    void refuses_a_key_file_others_may_read() throws Exception {
        Path file = directory.resolve("node-key");
        KeyFile.readOrCreate(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> KeyFile.readOrCreate(file))
                .isInstanceOf(AgentException.class)
                .hasMessageContaining("rw-r--r--").hasMessageContaining("chmod 600");
    }

    @Test
    void reads_several_keys_one_a_line_as_anvil_prints_them() throws Exception {
        Path file = directory.resolve("owners");
        Files.writeString(file, "# anvil dev accounts 0 and 1\n"
                + "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n\n"
                + "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThat(KeyFile.readAll(file)).extracting(KeyFile::address).containsExactly(
                "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        assertThatThrownBy(() -> KeyFile.read(file)).hasMessageContaining("exactly one key");
    }

    @Test
    void refuses_a_file_that_is_not_a_hex_key() throws Exception {
        Path file = directory.resolve("owner");
        Files.writeString(file, "{\"crypto\":{}}\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> KeyFile.read(file)).hasMessageContaining("0x and 64 hex digits");
    }
}
