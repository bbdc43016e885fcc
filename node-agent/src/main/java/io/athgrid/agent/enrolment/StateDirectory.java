package io.athgrid.agent.enrolment;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.AgentJson;
import io.athgrid.protocol.container.ContainerRegistration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.core.JacksonException;

/**
 * What the agent keeps between starts, in one directory (default {@code ~/.athgrid-agent}, mode 0700):
 * <ul>
 * <li>{@code node-key}: the node's private key (hex, 0600), created on first use;</li>
 * <li>{@code registration.json}: the registration waiting for the owner's signature, with its chain id;</li>
 * <li>{@code container.json}: the container the registry accepted; when present the agent only heartbeats.</li>
 * </ul>
 */
public final class StateDirectory {

    private final Path root;

    public StateDirectory(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path nodeKeyFile() {
        return root.resolve("node-key");
    }

    public ECKeyPair nodeKey() {
        createIfMissing();
        return KeyFile.readOrCreate(nodeKeyFile());
    }

    public void savePending(PendingRegistration pending) {
        write("registration.json", pending);
    }

    public Optional<PendingRegistration> pending() {
        return read("registration.json", PendingRegistration.class);
    }

    public void saveContainer(RegisteredContainer container) {
        write("container.json", container);
    }

    public Optional<RegisteredContainer> container() {
        return read("container.json", RegisteredContainer.class);
    }

    private <T> Optional<T> read(String name, Class<T> type) {
        Path file = root.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(AgentJson.MAPPER.readValue(file.toFile(), type));
        } catch (JacksonException e) {
            throw new AgentException("the state file " + file + " is damaged: " + e.getOriginalMessage(), e);
        }
    }

    private void write(String name, Object value) {
        createIfMissing();
        Path target = root.resolve(name);
        Path temporary = root.resolve(name + ".tmp");
        try {
            Files.write(temporary, AgentJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
            // A crash while writing leaves the previous file, never half a file.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private void createIfMissing() {
        if (Files.isDirectory(root)) {
            return;
        }
        try {
            Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new AgentException("cannot create the state directory " + root + ": " + e.getMessage(), e);
        }
    }

    /** A registration written by {@code node-agent registration}, to be signed by the owner. */
    public record PendingRegistration(long chainId, ContainerRegistration registration) {
    }
}
