package io.athgrid.maas.deployment;

import java.net.URI;
import java.util.Objects;

/**
 * A replica of a deployment: one engine on one container.
 *
 * @param containerId the container its job was placed on, once known
 * @param endpoint    where its engine answers the OpenAI API, once known
 */
public record Replica(String replicaId, ReplicaState state, String containerId, URI endpoint) {

    public Replica {
        Objects.requireNonNull(replicaId, "replicaId");
        Objects.requireNonNull(state, "state");
    }

    static Replica requested(String replicaId) {
        return new Replica(replicaId, ReplicaState.REQUESTED, null, null);
    }

    Replica with(ReplicaState next) {
        return new Replica(replicaId, next, containerId, endpoint);
    }

    /** Starting on {@code container}; where its engine answers is not known yet. */
    Replica placed(String container) {
        return new Replica(replicaId, ReplicaState.STARTING, container, null);
    }

    Replica at(URI engine) {
        return new Replica(replicaId, state, containerId, engine);
    }
}
