package io.athgrid.testsupport.anvil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnvilBinaryTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(AnvilBinary.PROPERTY);
    }

    @Test
    void theBuildRecordsWhereNpmInstalledAnvil() {
        Path recorded = AnvilBinary.resolve();

        assertThat(recorded.toString()).endsWith("node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
        assertThat(Files.isExecutable(recorded)).isTrue();
    }

    @Test
    void aSystemPropertyComesFirst() {
        System.setProperty(AnvilBinary.PROPERTY, "/bin/true");

        assertThat(AnvilBinary.resolve()).isEqualTo(Path.of("/bin/true"));
    }

    @Test
    void aMissingBinarySaysHowToInstallIt() {
        System.setProperty(AnvilBinary.PROPERTY, "/nowhere/anvil");

        assertThatThrownBy(AnvilBinary::resolve)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nowhere/anvil")
                .hasMessageContaining("./mvnw -pl test-support install");
    }
}
