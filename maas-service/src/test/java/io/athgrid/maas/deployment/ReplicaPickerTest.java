package io.athgrid.maas.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplicaPickerTest {

    private static Replica ready(String id) {
        return new Replica(id, ReplicaState.READY, "c-" + id, URI.create("http://" + id + ":8000"));
    }

    @Test
    void the_replica_with_the_fewest_outstanding_requests_takes_the_next() {
        List<Replica> replicas = List.of(ready("a"), ready("b"), ready("c"));

        assertThat(ReplicaPicker.pick(replicas, Map.of("a", 3, "b", 1, "c", 2), Set.of()))
                .map(Replica::replicaId).hasValue("b");
        assertThat(ReplicaPicker.pick(replicas, Map.of("a", 1, "b", 1), Set.of())).as("c has none")
                .map(Replica::replicaId).hasValue("c");
        assertThat(ReplicaPicker.pick(replicas, Map.of(), Set.of())).as("ties to the lower id")
                .map(Replica::replicaId).hasValue("a");
    }

    @Test
    void a_retry_skips_the_replicas_already_tried_and_finds_none_when_all_were() {
        List<Replica> replicas = List.of(ready("a"), ready("b"),
                new Replica("s", ReplicaState.STARTING, "c-s", URI.create("http://s:8000")));

        assertThat(ReplicaPicker.pick(replicas, Map.of("b", 5), Set.of("a"))).map(Replica::replicaId).hasValue("b");
        assertThat(ReplicaPicker.pick(replicas, Map.of(), Set.of("a", "b"))).as("a starting replica takes nothing")
                .isEmpty();
    }
}
