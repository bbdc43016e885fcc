package io.athgrid.maas.deployment;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which ready replica takes the next request: the one with the fewest requests outstanding (a slow
 * replica collects fewer), ties to the lower replica id so the choice is reproducible; replicas a
 * request already failed on are skipped when it is retried.
 */
public final class ReplicaPicker {

    private ReplicaPicker() {
    }

    public static Optional<Replica> pick(Collection<Replica> ready, Map<String, Integer> outstanding, Set<String> tried) {
        return ready.stream()
                .filter(replica -> replica.state() == ReplicaState.READY && !tried.contains(replica.replicaId()))
                .min(Comparator.comparingInt((Replica replica) -> outstanding.getOrDefault(replica.replicaId(), 0))
                        .thenComparing(Replica::replicaId));
    }
}
