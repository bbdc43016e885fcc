package io.athgrid.maas.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentTest {

    private static final URI ENGINE = URI.create("http://10.0.0.7:8000");

    private static Deployment deployment(int min, int max) {
        return Deployment.create("d1", "acme", "meta-llama/Llama-3.1-8B-Instruct", "H100_SXM", "us-east",
                new ReplicaBounds(min, max));
    }

    private static Deployment allReady(Deployment deployment) {
        Deployment next = deployment;
        for (Replica replica : deployment.inState(ReplicaState.REQUESTED)) {
            next = next.placed(replica.replicaId(), "c-" + replica.replicaId()).engineAt(replica.replicaId(), ENGINE)
                    .healthy(replica.replicaId());
        }
        return next;
    }

    @Test
    void a_new_deployment_asks_for_its_minimum_and_is_provisioning_until_every_replica_is_healthy() {
        Deployment created = deployment(2, 4);

        assertThat(created.state()).isEqualTo(DeploymentState.PROVISIONING);
        assertThat(created.replicas()).extracting(Replica::replicaId).containsExactly("d1-r1", "d1-r2");
        assertThat(created.inState(ReplicaState.REQUESTED)).hasSize(2);

        Deployment oneUp = created.placed("d1-r1", "c-1").engineAt("d1-r1", ENGINE).healthy("d1-r1");
        assertThat(oneUp.state()).isEqualTo(DeploymentState.PROVISIONING);
        assertThat(oneUp.ready()).extracting(Replica::containerId).containsExactly("c-1");

        assertThat(allReady(oneUp).state()).isEqualTo(DeploymentState.READY);
    }

    @Test
    void a_minimum_of_zero_still_starts_one_replica() {
        assertThat(deployment(0, 3).replicas()).hasSize(1);
    }

    @Test
    void replayed_or_out_of_order_replica_events_change_nothing() {
        Deployment created = deployment(1, 1);

        assertThat(created.healthy("d1-r1")).as("healthy before placed").isSameAs(created);
        assertThat(created.engineAt("d1-r1", ENGINE)).as("an endpoint before placed").isSameAs(created);
        Deployment placed = created.placed("d1-r1", "c-1");
        assertThat(placed.placed("d1-r1", "c-2")).as("placed twice").isSameAs(placed);
        assertThat(placed.placed("unknown", "c-2")).isSameAs(placed);
        assertThat(placed.stopped("d1-r1")).as("stopped while starting").isSameAs(placed);
        Deployment reported = placed.engineAt("d1-r1", ENGINE);
        assertThat(reported.engineAt("d1-r1", ENGINE)).as("the same endpoint again").isSameAs(reported);
        assertThat(reported.engineAt("unknown", ENGINE)).isSameAs(reported);
    }

    @Test
    void a_placed_replica_starts_on_its_container_without_an_endpoint_until_its_engine_is_reported() {
        Deployment placed = deployment(1, 1).placed("d1-r1", "c-1");

        assertThat(placed.replica("d1-r1")).hasValue(new Replica("d1-r1", ReplicaState.STARTING, "c-1", null));
        assertThat(placed.state()).isEqualTo(DeploymentState.PROVISIONING);
        assertThat(placed.healthy("d1-r1")).as("no engine to have passed a health check").isSameAs(placed);

        Deployment reported = placed.engineAt("d1-r1", ENGINE);
        assertThat(reported.replica("d1-r1")).hasValue(new Replica("d1-r1", ReplicaState.STARTING, "c-1", ENGINE));

        Deployment ready = reported.healthy("d1-r1");
        assertThat(ready.replica("d1-r1")).hasValue(new Replica("d1-r1", ReplicaState.READY, "c-1", ENGINE));
        assertThat(ready.state()).isEqualTo(DeploymentState.READY);
    }

    @Test
    void a_starting_engine_reported_again_moves_to_its_new_endpoint_but_a_ready_one_keeps_its_own() {
        URI restarted = URI.create("http://10.0.0.7:8001");
        Deployment reported = deployment(1, 1).placed("d1-r1", "c-1").engineAt("d1-r1", ENGINE);

        Deployment moved = reported.engineAt("d1-r1", restarted);
        assertThat(moved.replica("d1-r1").orElseThrow().endpoint()).isEqualTo(restarted);
        assertThat(moved.replica("d1-r1").orElseThrow().containerId()).isEqualTo("c-1");

        Deployment ready = moved.healthy("d1-r1");
        assertThat(ready.engineAt("d1-r1", ENGINE)).as("ready on the endpoint its check passed on").isSameAs(ready);
        assertThat(ready.failed("d1-r1").engineAt("d1-r1", ENGINE).replica("d1-r1").orElseThrow().endpoint())
                .as("a failed replica takes no endpoint").isEqualTo(restarted);
    }

    @Test
    void a_starting_replica_that_fails_is_replaced_and_a_stopped_deployment_takes_no_endpoint() {
        Deployment placed = deployment(1, 1).placed("d1-r1", "c-1");

        Deployment failed = placed.failed("d1-r1");
        assertThat(failed.replica("d1-r1").orElseThrow().state()).isEqualTo(ReplicaState.FAILED);
        assertThat(failed.inState(ReplicaState.REQUESTED)).extracting(Replica::replicaId).containsExactly("d1-r2");

        Deployment stopped = placed.stop();
        assertThat(stopped.engineAt("d1-r1", ENGINE)).isSameAs(stopped);
        assertThat(stopped.placed("d1-r1", "c-2")).isSameAs(stopped);
    }

    @Test
    void a_job_event_arriving_after_the_reconciliation_applied_its_news_changes_nothing() {
        Deployment started = deployment(1, 1).placed("d1-r1", "c-1");
        assertThat(started.placed("d1-r1", "c-1")).as("the JobStarted after it").isSameAs(started);

        Deployment failed = deployment(1, 1).failed("d1-r1");
        assertThat(failed.failed("d1-r1")).as("the JobFailed after it").isSameAs(failed);
        assertThat(failed.placed("d1-r1", "c-1")).as("a JobStarted of the ended job").isSameAs(failed);
    }

    @Test
    void scaling_up_asks_for_new_replicas_and_reads_scaling_until_they_are_ready() {
        Deployment ready = allReady(deployment(1, 4));

        Deployment scaling = ready.scaleTo(3);
        assertThat(scaling.state()).isEqualTo(DeploymentState.SCALING);
        assertThat(scaling.desired()).isEqualTo(3);
        assertThat(scaling.inState(ReplicaState.REQUESTED)).extracting(Replica::replicaId).containsExactly("d1-r2", "d1-r3");
        assertThat(scaling.ready()).hasSize(1);

        assertThat(allReady(scaling).state()).isEqualTo(DeploymentState.READY);
    }

    @Test
    void scaling_stays_within_the_bounds() {
        Deployment ready = allReady(deployment(1, 2));

        assertThat(ready.scaleTo(10).desired()).isEqualTo(2);
        assertThat(ready.scaleTo(0).desired()).isEqualTo(1);
    }

    @Test
    void scaling_down_takes_away_pending_replicas_before_ready_ones_and_the_newest_ready_first() {
        Deployment three = allReady(allReady(deployment(1, 4)).scaleTo(3));
        Deployment four = three.scaleTo(4);

        Deployment two = four.scaleTo(2);

        assertThat(two.inState(ReplicaState.STOPPING)).extracting(Replica::replicaId)
                .containsExactlyInAnyOrder("d1-r4", "d1-r3");
        assertThat(two.ready()).extracting(Replica::replicaId).containsExactly("d1-r1", "d1-r2");
        assertThat(two.state()).as("nothing pending, the ready ones are what is wanted").isEqualTo(DeploymentState.READY);
        assertThat(two.stopped("d1-r3").replica("d1-r3")).hasValueSatisfying(
                replica -> assertThat(replica.state()).isEqualTo(ReplicaState.STOPPED));
    }

    @Test
    void a_failed_replica_is_replaced() {
        Deployment ready = allReady(deployment(2, 2));

        Deployment afterFailure = ready.failed("d1-r1");

        assertThat(afterFailure.state()).isEqualTo(DeploymentState.SCALING);
        assertThat(afterFailure.replica("d1-r1")).hasValueSatisfying(
                replica -> assertThat(replica.state()).isEqualTo(ReplicaState.FAILED));
        assertThat(afterFailure.inState(ReplicaState.REQUESTED)).extracting(Replica::replicaId).containsExactly("d1-r3");
        assertThat(afterFailure.live()).isEqualTo(2);
        assertThat(afterFailure.failed("d1-r1")).as("failing twice replaces once").isSameAs(afterFailure);
    }

    @Test
    void scaled_to_zero_it_is_ready_with_nothing_pending_and_a_request_brings_a_replica_back() {
        Deployment ready = allReady(deployment(0, 2));

        Deployment zero = ready.scaleTo(0);
        assertThat(zero.live()).isZero();
        assertThat(zero.state()).isEqualTo(DeploymentState.READY);

        Deployment woken = zero.scaleTo(1);
        assertThat(woken.state()).isEqualTo(DeploymentState.SCALING);
        assertThat(woken.inState(ReplicaState.REQUESTED)).extracting(Replica::replicaId).containsExactly("d1-r2");
    }

    @Test
    void a_stopped_deployment_ends_every_replica_and_changes_no_more() {
        Deployment stopped = allReady(deployment(2, 3)).stop();

        assertThat(stopped.state()).isEqualTo(DeploymentState.STOPPED);
        assertThat(stopped.inState(ReplicaState.STOPPING)).hasSize(2);
        assertThat(stopped.scaleTo(3)).isSameAs(stopped);
        assertThat(stopped.failed("d1-r1")).isSameAs(stopped);
        Deployment oneEnded = stopped.stopped("d1-r1");
        assertThat(oneEnded.state()).isEqualTo(DeploymentState.STOPPED);
        assertThat(oneEnded.inState(ReplicaState.STOPPED)).extracting(Replica::replicaId).containsExactly("d1-r1");
    }

    @Test
    void new_bounds_keep_the_wanted_count_within_them() {
        Deployment two = allReady(deployment(2, 4));

        Deployment raised = two.rebound(new ReplicaBounds(3, 6));
        assertThat(raised.bounds()).isEqualTo(new ReplicaBounds(3, 6));
        assertThat(raised.desired()).isEqualTo(3);
        assertThat(raised.inState(ReplicaState.REQUESTED)).extracting(Replica::replicaId).containsExactly("d1-r3");
        assertThat(raised.state()).isEqualTo(DeploymentState.SCALING);

        Deployment lowered = allReady(raised).rebound(new ReplicaBounds(0, 1));
        assertThat(lowered.desired()).isEqualTo(1);
        assertThat(lowered.ready()).extracting(Replica::replicaId).containsExactly("d1-r1");
        assertThat(lowered.inState(ReplicaState.STOPPING)).extracting(Replica::replicaId)
                .containsExactlyInAnyOrder("d1-r2", "d1-r3");

        Deployment widened = two.rebound(new ReplicaBounds(0, 8));
        assertThat(widened.desired()).as("within the new bounds already").isEqualTo(2);
        assertThat(widened.replicas()).isEqualTo(two.replicas());
    }

    @Test
    void a_stopped_deployment_takes_no_new_bounds() {
        Deployment stopped = allReady(deployment(1, 2)).stop();

        assertThat(stopped.rebound(new ReplicaBounds(2, 4))).isSameAs(stopped);
    }

    @Test
    void replica_bounds_are_validated() {
        assertThatThrownBy(() -> new ReplicaBounds(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplicaBounds(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplicaBounds(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplicaBounds(1, ReplicaBounds.MOST + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(new ReplicaBounds(0, 1).clamp(5), new ReplicaBounds(2, 4).clamp(0))).containsExactly(1, 2);
    }
}
