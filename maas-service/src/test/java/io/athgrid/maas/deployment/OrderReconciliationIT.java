package io.athgrid.maas.deployment;

import static io.athgrid.maas.SchedulerStandInInitializer.SCHEDULER;
import static io.athgrid.maas.deployment.DeploymentFixture.SEVENTY_B;
import static io.athgrid.maas.deployment.DeploymentFixture.freshEnterprise;
import static io.athgrid.maas.deployment.DeploymentFixture.hasReplica;
import static io.athgrid.maas.deployment.DeploymentFixture.historyDetails;
import static io.athgrid.maas.deployment.DeploymentFixture.orderOf;
import static io.athgrid.maas.deployment.DeploymentFixture.replica;
import static io.athgrid.maas.deployment.DeploymentFixture.replicaState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.simulated.SimulatedEngine;
import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.v1.JobFailed;
import io.athgrid.events.v1.JobStarted;
import io.athgrid.maas.MaasIT;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.EventWriter;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A job event consumed before its replica's order id was recorded (the scheduler took the order, its answer
 * was lost, the retry got the same order by its idempotency key) finds no replica; the placement round asks
 * the scheduler (the stand-in, over HTTP) about requested replicas' orders {@code reconcile-after} (1 s here)
 * without news and applies its answer as the event would have, once: a later event changes nothing.
 */
class OrderReconciliationIT extends MaasIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private DeploymentService deployments;

    private EventWriter scheduler;

    @BeforeEach
    void writer() {
        scheduler = new EventWriter(kafka, "order-reconciliation-it");
    }

    @Test
    void a_job_started_before_its_order_was_recorded_starts_the_replica_once_the_scheduler_is_asked() {
        Caller acme = freshEnterprise();
        // A market no other test deploys to: the scheduler takes the order, its answer is lost.
        SCHEDULER.losesAnswers("B200", "eu-north", true);
        String id = create(acme, DeploymentFixture.body(SEVENTY_B, "B200", 1, 1, "eu-north"));
        String r1 = id + "-r1";
        UUID order = orderMadeFor(r1);

        // The job starts and its JobStarted is consumed while maas-service has no order id for the replica.
        SCHEDULER.job(order, "RUNNING", null, "c-recon-1");
        String jobId = UUID.randomUUID().toString();
        awaitConsumed("DeploymentJobStarted",
                scheduler.publish(new JobStarted(jobId, order.toString(), 1, List.of("c-recon-1"), Instant.now())));
        JsonNode missed = read(acme, id);
        assertThat(replicaState(missed, r1)).as("the event found no replica").isEqualTo("REQUESTED");
        assertThat(orderOf(missed, r1)).isNull();
        assertThat(SCHEDULER.lookupsOf(order)).isZero();

        // The scheduler's answer comes through: the same order, recorded; a second later it is asked about.
        SCHEDULER.losesAnswers("B200", "eu-north", false);
        JsonNode starting = awaitDeployment(acme, id, deployment -> "STARTING".equals(replicaState(deployment, r1)));
        assertThat(orderOf(starting, r1)).isEqualTo(order.toString());
        assertThat(replica(starting, r1).path("containerId").asString()).isEqualTo("c-recon-1");
        assertThat(replica(starting, r1).path("endpoint").isNull()).isTrue();
        assertThat(SCHEDULER.lookupsOf(order)).as("asked as the MaaS account, which placed it").isPositive();
        assertThat(historyDetails(starting)).containsSubsequence(
                "replica r1: order " + order + " placed with the scheduler",
                "replica r1: placed on container c-recon-1, its engine starting");
        assertThat(rows("select count(*) from deployment_replica where replica_id = ? and placed_at is not null", r1))
                .as("its start deadline counts from now").isEqualTo(1);

        // The event arriving after the reconciliation, again or naming a later placement, changes nothing.
        awaitConsumed("DeploymentJobStarted",
                scheduler.publish(new JobStarted(jobId, order.toString(), 1, List.of("c-recon-1"), Instant.now())));
        awaitConsumed("DeploymentJobStarted",
                scheduler.publish(new JobStarted(jobId, order.toString(), 2, List.of("c-recon-2"), Instant.now())));
        JsonNode after = read(acme, id);
        assertThat(after.path("replicas")).isEqualTo(starting.path("replicas"));
        assertThat(after.path("history")).isEqualTo(starting.path("history"));

        // From here on the normal engine path: the node agent's report, then the health checks.
        try (SimulatedEngine engine = SimulatedEngine.start(EngineSpec.of(SEVENTY_B))) {
            assertThat(deployments.engineReported(r1, "c-recon-1", engine.endpoint())).isPresent();
            JsonNode ready = awaitDeployment(acme, id, deployment -> "READY".equals(deployment.path("state").asString()));
            assertThat(replicaState(ready, r1)).isEqualTo("READY");
            assertThat(historyDetails(ready).stream().filter(line -> line.contains("placed on container"))).hasSize(1);
        }
    }

    @Test
    void a_job_failed_before_its_order_was_recorded_replaces_the_replica_once_the_scheduler_is_asked() {
        Caller acme = freshEnterprise();
        SCHEDULER.losesAnswers("B200", "me-central", true);
        String id = create(acme, DeploymentFixture.body(SEVENTY_B, "B200", 1, 1, "me-central"));
        String r1 = id + "-r1";
        String r2 = id + "-r2";
        UUID order = orderMadeFor(r1);

        SCHEDULER.job(order, "FAILED", "NO_CAPACITY");
        String jobId = UUID.randomUUID().toString();
        awaitConsumed("DeploymentJobFailed",
                scheduler.publish(new JobFailed(jobId, order.toString(), "NO_CAPACITY", Instant.now())));
        assertThat(read(acme, id).path("replicas")).as("the event found no replica").hasSize(1);

        SCHEDULER.losesAnswers("B200", "me-central", false);
        JsonNode replaced = awaitDeployment(acme, id, deployment -> hasReplica(deployment, r2)
                && orderOf(deployment, r2) != null);
        assertThat(replicaState(replaced, r1)).isEqualTo("FAILED");
        assertThat(orderOf(replaced, r1)).isEqualTo(order.toString());
        assertThat(historyDetails(replaced)).contains(
                "replica r1: its job failed (NO_CAPACITY), the scheduler answered when asked; r2 requested");
        assertThat(rows("select count(*) from deployment_replica where replica_id = ? and order_ended_at is not null", r1))
                .as("a failed job has nothing left to cancel").isEqualTo(1);

        // The JobFailed arriving after the reconciliation changes nothing (r2's order is the stand-in's MATCHING).
        awaitConsumed("DeploymentJobFailed",
                scheduler.publish(new JobFailed(jobId, order.toString(), "NO_CAPACITY", Instant.now())));
        JsonNode after = read(acme, id);
        assertThat(after.path("replicas")).isEqualTo(replaced.path("replicas"));
        assertThat(after.path("history")).isEqualTo(replaced.path("history"));
        assertThat(SCHEDULER.cancelsOf(order)).isEmpty();
    }

    @Test
    void a_start_applied_by_the_event_and_the_reconciliation_at_once_moves_the_replica_once() throws Exception {
        Caller acme = freshEnterprise();
        String id = create(acme, DeploymentFixture.seventyB(1, 1));
        String r1 = id + "-r1";
        UUID order = UUID.fromString(orderOf(awaitDeployment(acme, id, deployment -> orderOf(deployment, r1) != null),
                r1));

        // What JobStartedHandler and the reconciliation both call, 8 times at once, naming two containers.
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            for (int call = 0; call < 8; call++) {
                String container = call % 2 == 0 ? "c-both-a" : "c-both-b";
                calls.add(CompletableFuture.runAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    deployments.jobStarted(order, container);
                }, threads));
            }
            go.countDown();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
        } finally {
            threads.shutdown();
        }

        JsonNode placed = read(acme, id);
        assertThat(replicaState(placed, r1)).isEqualTo("STARTING");
        String container = replica(placed, r1).path("containerId").asString();
        assertThat(container).isIn("c-both-a", "c-both-b");
        assertThat(historyDetails(placed).stream().filter(line -> line.contains("placed on container")))
                .containsExactly("replica r1: placed on container " + container + ", its engine starting");
    }

    private UUID orderMadeFor(String replicaId) {
        return await().atMost(PATIENCE).until(() -> SCHEDULER.orderFor(replicaId), Optional::isPresent).orElseThrow();
    }

    private void awaitConsumed(String consumer, EventEnvelope<PlatformEvent> event) {
        await().atMost(PATIENCE).until(() -> rows("select count(*) from processed_event where consumer = ? and event_id = ?",
                consumer, event.eventId()) == 1);
    }

    private JsonNode read(Caller caller, String id) {
        return json(send("GET", "/deployments/" + id, null, caller));
    }

    private String create(Caller caller, Object body) {
        HttpResponse<String> response = send("POST", "/deployments", body, caller);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("deploymentId").asString();
    }
}
