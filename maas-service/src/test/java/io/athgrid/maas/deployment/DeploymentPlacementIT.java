package io.athgrid.maas.deployment;

import static io.athgrid.maas.SchedulerStandInInitializer.SCHEDULER;
import static io.athgrid.maas.deployment.DeploymentFixture.freshEnterprise;
import static io.athgrid.maas.deployment.DeploymentFixture.hasReplica;
import static io.athgrid.maas.deployment.DeploymentFixture.historyDetails;
import static io.athgrid.maas.deployment.DeploymentFixture.orderOf;
import static io.athgrid.maas.deployment.DeploymentFixture.replica;
import static io.athgrid.maas.deployment.DeploymentFixture.replicaState;
import static io.athgrid.maas.deployment.DeploymentFixture.seventyB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.simulated.SimulatedEngine;
import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.v1.JobCancelled;
import io.athgrid.events.v1.JobFailed;
import io.athgrid.events.v1.LeaseExpired;
import io.athgrid.maas.MaasIT;
import io.athgrid.maas.deployment.SchedulerStandIn.ReceivedCancel;
import io.athgrid.maas.deployment.SchedulerStandIn.ReceivedOrder;
import io.athgrid.scheduler.order.OrderRequest;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.testing.EventWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Replicas become scheduler orders of the platform's MaaS account, not of the deploying enterprise (the
 * scheduler is a stand-in over HTTP), the scheduler's job events on the real Kafka fail and replace them,
 * stopping cancels their orders as the account that placed them, and a placed engine that answers its
 * health check makes a deployment ready.
 */
class DeploymentPlacementIT extends MaasIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** athgrid.maas.deployments.gpu-account as configured by default. */
    private static final Caller MAAS_ACCOUNT = Caller.enterprise("athgrid-maas");

    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private DeploymentService deployments;
    @Autowired
    private InternalTokenIssuer tokens;

    private EventWriter scheduler;

    @BeforeEach
    void writer() {
        scheduler = new EventWriter(kafka, "deployment-placement-it");
    }

    @Test
    void each_replica_is_ordered_on_the_maas_account_and_a_failed_job_is_replaced_once() {
        Caller acme = freshEnterprise();
        String id = create(acme, seventyB(2, 3));

        List<ReceivedOrder> orders = awaitOrders(acme, 2);
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.caller()).as("the GPUs are billed to the MaaS account, the enterprise pays tokens")
                    .isEqualTo(MAAS_ACCOUNT);
            assertThat(order.request()).isEqualTo(new OrderRequest("ON_DEMAND", "H100_SXM", 4, 1, 80, null,
                    "us-east", null, "vllm", new BigDecimal("12"), "BEST_OVERALL", null, null));
        });
        JsonNode placed = awaitDeployment(acme, id, deployment -> orderOf(deployment, id + "-r1") != null
                && orderOf(deployment, id + "-r2") != null);
        assertThat(List.of(orderOf(placed, id + "-r1"), orderOf(placed, id + "-r2")))
                .containsExactlyInAnyOrderElementsOf(orders.stream().map(order -> order.orderId().toString()).toList());
        assertThat(historyDetails(placed)).anySatisfy(line -> assertThat(line)
                .contains("r1: order " + orderOf(placed, id + "-r1") + " placed with the scheduler"));
        assertThat(rows("select count(*) from deployment_replica where deployment_id = ? and order_account = ?", id,
                MAAS_ACCOUNT.id())).as("the account each order was placed as is kept").isEqualTo(2);

        String jobId = UUID.randomUUID().toString();
        EventEnvelope<PlatformEvent> failure = scheduler.publish(new JobFailed(jobId, orderOf(placed, id + "-r1"),
                "NO_CAPACITY", Instant.now()));

        JsonNode replaced = awaitDeployment(acme, id, deployment -> deployment.path("replicas").size() == 3
                && orderOf(deployment, id + "-r3") != null);
        assertThat(replicaState(replaced, id + "-r1")).isEqualTo("FAILED");
        assertThat(replicaState(replaced, id + "-r3")).isEqualTo("REQUESTED");
        assertThat(historyDetails(replaced)).contains("replica r1: its job failed (NO_CAPACITY); r3 requested");
        assertThat(SCHEDULER.ordersOf(acme.id())).hasSize(3);
        assertThat(SCHEDULER.cancelsOf(acme.id())).as("a failed job has nothing left to cancel").isEmpty();

        // Redelivered, then a later event of the same job (same partition): the redelivery changed nothing.
        scheduler.send(failure);
        scheduler.publish(new JobFailed(jobId, orderOf(placed, id + "-r2"), "NO_CAPACITY", Instant.now()));
        JsonNode after = awaitDeployment(acme, id, deployment -> "FAILED".equals(replicaState(deployment, id + "-r2")));
        assertThat(after.path("replicas")).extracting(replica -> replica.path("replicaId").asString())
                .containsExactly(id + "-r1", id + "-r2", id + "-r3", id + "-r4");
    }

    @Test
    void a_placed_engine_that_answers_its_health_check_makes_the_deployment_ready_and_a_lost_container_replaces_it() {
        Caller acme = freshEnterprise();
        String id = create(acme, seventyB(1, 1));
        String r1 = id + "-r1";
        String order1 = orderOf(awaitDeployment(acme, id, deployment -> orderOf(deployment, r1) != null), r1);

        try (SimulatedEngine engine = SimulatedEngine.start(EngineSpec.of(DeploymentFixture.SEVENTY_B))) {
            URI endpoint = engine.endpoint();
            assertThat(deployments.engineHealthy(r1, endpoint)).as("not placed yet: nothing changes")
                    .hasValueSatisfying(deployment -> assertThat(deployment.ready()).isEmpty());
            // What the job's JobStarted and then the node agent's report do.
            deployments.jobStarted(UUID.fromString(order1), "c-7");
            assertThat(deployments.engineReported(r1, "c-7", endpoint)).isPresent();

            // The health checks find the engine answering.
            JsonNode ready = awaitDeployment(acme, id, deployment -> "READY".equals(deployment.path("state").asString()));
            assertThat(ready.path("ready").asInt()).isEqualTo(1);
            assertThat(replica(ready, r1).path("state").asString()).isEqualTo("READY");
            assertThat(replica(ready, r1).path("containerId").asString()).isEqualTo("c-7");
            assertThat(replica(ready, r1).path("endpoint").asString()).isEqualTo(endpoint.toString());
            assertThat(historyDetails(ready)).containsSubsequence(
                    "replica r1: placed on container c-7, its engine starting",
                    "replica r1: engine at " + endpoint,
                    "replica r1: healthy, takes requests");
            assertThat(deployments.engineHealthy(r1, endpoint)).as("healthy again changes nothing")
                    .hasValueSatisfying(deployment -> assertThat(deployment.ready()).hasSize(1));
            assertThat(deployments.engineReported("no-such-replica", "c-7", endpoint)).isEmpty();

            scheduler.publish(new LeaseExpired(UUID.randomUUID().toString(), order1, 1, UUID.randomUUID().toString(),
                    List.of("c-7"), "CONTAINER_OFFLINE", Instant.now().minusSeconds(180), Instant.now()));

            // r2 exists only once the LeaseExpired has been applied.
            JsonNode replaced = awaitDeployment(acme, id, deployment -> hasReplica(deployment, id + "-r2")
                    && orderOf(deployment, id + "-r2") != null
                    && !SCHEDULER.cancelsOf(acme.id()).isEmpty());
            assertThat(replicaState(replaced, r1)).isEqualTo("FAILED");
            assertThat(replaced.path("state").asString()).isEqualTo("SCALING");
            assertThat(historyDetails(replaced)).contains(
                    "replica r1: lost container c-7 (CONTAINER_OFFLINE); r2 requested");
            assertThat(SCHEDULER.cancelsOf(acme.id())).as("the scheduler would place the lost job again: it is cancelled")
                    .singleElement().isEqualTo(new ReceivedCancel(UUID.fromString(order1), MAAS_ACCOUNT, 200));
            awaitDeployment(acme, id, deployment -> historyDetails(deployment).contains(
                    "replica r1: order " + order1 + " cancelled"));
        }
    }

    @Test
    void stopping_cancels_every_order_stops_every_replica_and_may_be_repeated() {
        Caller acme = freshEnterprise();
        String id = create(acme, seventyB(2, 2));
        awaitDeployment(acme, id, deployment -> orderOf(deployment, id + "-r1") != null
                && orderOf(deployment, id + "-r2") != null);

        HttpResponse<String> stopped = send("POST", "/deployments/" + id + "/stop", null, acme);
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(json(stopped).path("state").asString()).isEqualTo("STOPPED");
        assertThat(json(stopped).path("desired").asInt()).isZero();

        JsonNode ended = awaitDeployment(acme, id, deployment -> "STOPPED".equals(replicaState(deployment, id + "-r1"))
                && "STOPPED".equals(replicaState(deployment, id + "-r2")));
        assertThat(SCHEDULER.cancelsOf(acme.id())).extracting(ReceivedCancel::orderId).containsExactlyInAnyOrder(
                UUID.fromString(orderOf(ended, id + "-r1")), UUID.fromString(orderOf(ended, id + "-r2")));
        assertThat(SCHEDULER.cancelsOf(acme.id())).allSatisfy(cancel -> {
            assertThat(cancel.caller()).isEqualTo(MAAS_ACCOUNT);
            assertThat(cancel.status()).isEqualTo(200);
        });
        assertThat(historyDetails(ended)).anySatisfy(line -> assertThat(line).startsWith("stopped by " + acme.id()));

        // The scheduler announces the cancellations it made for us: nothing more happens.
        scheduler.publish(new JobCancelled(UUID.randomUUID().toString(), orderOf(ended, id + "-r1"), Instant.now()));
        HttpResponse<String> again = send("POST", "/deployments/" + id + "/stop", null, acme);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("state").asString()).isEqualTo("STOPPED");
        assertThat(json(again).path("history")).hasSize(ended.path("history").size());
    }

    @Test
    void an_order_the_scheduler_refuses_fails_the_replica_with_the_schedulers_reason() {
        Caller acme = freshEnterprise();
        // A market no other test deploys to, so only this deployment's orders are refused.
        SCHEDULER.refuse("H200", "ap-northeast");
        String id = create(acme, DeploymentFixture.body(DeploymentFixture.SEVENTY_B, "H200", 1, 1, "ap-northeast"));

        JsonNode refused = awaitDeployment(acme, id, deployment -> "FAILED".equals(replicaState(deployment, id + "-r1")));

        assertThat(historyDetails(refused)).contains("replica r1: the scheduler refused its order (400): "
                + "The order is not valid (service: no H200 container offers vllm); r2 requested");
        assertThat(replicaState(refused, id + "-r2")).as("its order waits for the refusal pause").isEqualTo("REQUESTED");
        assertThat(orderOf(refused, id + "-r1")).isNull();
        assertThat(SCHEDULER.ordersOf(acme.id())).isEmpty();
    }

    @Test
    void while_the_scheduler_does_not_answer_the_replica_stays_requested_and_is_ordered_once_it_does() {
        Caller acme = freshEnterprise();
        // A market no other test deploys to.
        SCHEDULER.unavailable("A100", "sa-east", true);
        String id = create(acme, DeploymentFixture.body(DeploymentFixture.SEVENTY_B, "A100", 1, 1, "sa-east"));

        await().atMost(PATIENCE).until(() -> SCHEDULER.attemptsIn("A100", "sa-east") >= 2);
        JsonNode waiting = json(send("GET", "/deployments/" + id, null, acme));
        assertThat(replicaState(waiting, id + "-r1")).isEqualTo("REQUESTED");
        assertThat(waiting.path("replicas")).hasSize(1);

        SCHEDULER.unavailable("A100", "sa-east", false);
        JsonNode placed = awaitDeployment(acme, id, deployment -> orderOf(deployment, id + "-r1") != null);
        assertThat(SCHEDULER.ordersOf(acme.id())).extracting(order -> order.orderId().toString())
                .containsExactly(orderOf(placed, id + "-r1"));
    }

    @Test
    void a_replica_ordered_again_after_a_crash_before_its_order_was_recorded_gets_the_same_order() {
        Caller acme = freshEnterprise();
        String id = create(acme, seventyB(1, 1));
        String r1 = id + "-r1";
        String first = orderOf(awaitDeployment(acme, id, deployment -> orderOf(deployment, r1) != null), r1);
        // What a crash between the scheduler's answer and recording it leaves: a replica without its order.
        jdbc.sql("update deployment_replica set order_id = null, order_account = null, order_claimed_at = null where replica_id = ?")
                .params(r1).update();

        await().atMost(PATIENCE).until(() -> first.equals(orderOf(json(send("GET", "/deployments/" + id, null, acme)), r1)));
        assertThat(SCHEDULER.ordersOf(acme.id())).as("the scheduler created one order for the replica")
                .extracting(order -> order.orderId().toString()).containsExactly(first);
    }

    @Test
    void an_order_placed_as_the_enterprise_before_the_maas_account_is_cancelled_as_the_enterprise() {
        Caller acme = freshEnterprise();
        String id = create(acme, seventyB(1, 1));
        String r1 = id + "-r1";
        awaitDeployment(acme, id, deployment -> orderOf(deployment, r1) != null);
        // What V6 found of a replica ordered before it: an order of the enterprise's own, recorded as such.
        OrderOutcome legacy = new SchedulerClient(SCHEDULER.url(), tokens, Duration.ofSeconds(5)).submit(acme.id(), r1,
                new ReplicaOrder("ON_DEMAND", "H100_SXM", 4, 1, 80, "us-east", "vllm", new BigDecimal("12"),
                        "BEST_OVERALL"));
        UUID legacyOrder = ((OrderOutcome.Placed) legacy).orderId();
        jdbc.sql("update deployment_replica set order_id = ?, order_account = ? where replica_id = ?")
                .params(legacyOrder, acme.id(), r1).update();

        assertThat(send("POST", "/deployments/" + id + "/stop", null, acme).statusCode()).isEqualTo(200);

        awaitDeployment(acme, id, deployment -> "STOPPED".equals(replicaState(deployment, r1)));
        assertThat(SCHEDULER.cancelsOf(legacyOrder)).as("only the account that placed an order may cancel it")
                .containsExactly(new ReceivedCancel(legacyOrder, acme, 200));
    }

    private String create(Caller caller, Object body) {
        HttpResponse<String> response = send("POST", "/deployments", body, caller);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("deploymentId").asString();
    }

    private List<ReceivedOrder> awaitOrders(Caller caller, int count) {
        await().atMost(PATIENCE).until(() -> SCHEDULER.ordersOf(caller.id()).size() >= count);
        return SCHEDULER.ordersOf(caller.id());
    }
}
