package io.athgrid.registry.container;

import java.util.Optional;
import java.util.UUID;

/** Container ids as other services' events carry them: strings that may name no container of ours. */
public final class ContainerIds {

    private ContainerIds() {
    }

    /** The id, or empty when the text is not a UUID (so no container of this registry). */
    public static Optional<UUID> parse(String containerId) {
        if (containerId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(containerId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
