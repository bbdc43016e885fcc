package io.athgrid.maas.engine;

import static io.athgrid.maas.SchedulerStandInInitializer.SCHEDULER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.simulated.SimulatedEngine;
import io.athgrid.events.v1.ContainerRegistered;
import io.athgrid.events.v1.ContainerSpecs;
import io.athgrid.events.v1.JobStarted;
import io.athgrid.maas.MaasIT;
import io.athgrid.maas.deployment.SchedulerStandIn.ReceivedCancel;
import io.athgrid.protocol.engine.EngineAssignment;
import io.athgrid.protocol.engine.EngineAssignments;
import io.athgrid.protocol.engine.EngineCall;
import io.athgrid.protocol.engine.EnginePollRequest;
import io.athgrid.protocol.engine.EngineReportRequest;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.EventWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import tools.jackson.databind.JsonNode;

/**
 * The engine channel as a node agent uses it: the registry's ContainerRegistered and the scheduler's
 * JobStarted on the real Kafka, signed calls over HTTP without the gateway's token (signed paths), and a
 * real SIMULATED engine behind the reported endpoint, which the health checks find answering and then lost.
 * Every refused call answers problem+json and leaves the rows it could touch as they were.
 */
class EngineChannelIT extends MaasIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";

    @Autowired
    private KafkaTemplate<String, String> kafka;

    private EventWriter events;

    @BeforeEach
    void writer() {
        events = new EventWriter(kafka, "engine-channel-it");
    }

    /** A container the registry announced, with its node key. */
    private record Node(String containerId, ECKeyPair key) {
    }

    @Test
    void a_started_job_is_polled_reported_checked_ready_and_replaced_once_its_engine_is_gone() {
        Node node = registered();
        Caller acme = Caller.enterprise("ent-engine-" + UUID.randomUUID().toString().substring(0, 8));
        String id = deploy(acme);
        String r1 = id + "-r1";
        String order1 = orderOf(awaitDeployment(acme, id, deployment -> orderOf(deployment, r1) != null), r1);

        events.publish(new JobStarted(UUID.randomUUID().toString(), order1, 1, List.of(node.containerId()), Instant.now()));

        JsonNode starting = awaitDeployment(acme, id, deployment -> "STARTING".equals(replicaOf(deployment, r1)
                .path("state").asString()));
        assertThat(replicaOf(starting, r1).path("containerId").asString()).isEqualTo(node.containerId());
        JsonNode noEndpoint = replicaOf(starting, r1).path("endpoint");
        assertThat(noEndpoint.isNull() || noEndpoint.isMissingNode()).as("not reported yet").isTrue();
        assertThat(starting.path("state").asString()).isEqualTo("PROVISIONING");
        assertThat(historyDetails(starting)).contains("replica r1: placed on container " + node.containerId()
                + ", its engine starting");

        HttpResponse<String> polled = poll(node, node.key(), 1, now());
        assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
        EngineAssignments assignments = JSON.readValue(polled.body(), EngineAssignments.class);
        assertThat(assignments).isEqualTo(new EngineAssignments(node.containerId(), List.of(new EngineAssignment(r1,
                "vllm", MODEL, MODEL, 16384, 1, List.of("--max-model-len 16384"))), 10));

        try (SimulatedEngine engine = SimulatedEngine.start(EngineSpec.of(MODEL).withMaxModelLen(16384))) {
            String endpoint = engine.endpoint().toString();
            HttpResponse<String> reported = report(node, node.containerId(), r1, endpoint, node.key(), 2, now());
            assertThat(reported.statusCode()).as(reported.body()).isEqualTo(202);
            assertThat(json(reported).path("replicaId").asString()).isEqualTo(r1);
            assertThat(json(reported).path("endpoint").asString()).isEqualTo(endpoint);
            assertThat(json(reported).path("state").asString()).as("healthy only once checked").isIn("STARTING", "READY");

            JsonNode ready = awaitDeployment(acme, id, deployment -> "READY".equals(deployment.path("state").asString()));
            assertThat(replicaOf(ready, r1).path("state").asString()).isEqualTo("READY");
            assertThat(replicaOf(ready, r1).path("endpoint").asString()).isEqualTo(endpoint);
            assertThat(historyDetails(ready)).containsSubsequence(
                    "replica r1: placed on container " + node.containerId() + ", its engine starting",
                    "replica r1: engine at " + endpoint,
                    "replica r1: healthy, takes requests");
            HttpResponse<String> again = poll(node, node.key(), 3, now());
            assertThat(JSON.readValue(again.body(), EngineAssignments.class).engines())
                    .extracting(EngineAssignment::replicaId).containsExactly(r1);
        }

        JsonNode replaced = awaitDeployment(acme, id, deployment -> "FAILED".equals(replicaOf(deployment, r1)
                .path("state").asString()) && orderOf(deployment, id + "-r2") != null);
        assertThat(historyDetails(replaced)).anySatisfy(line -> assertThat(line)
                .startsWith("replica r1: its engine at ").endsWith(" failed 3 health checks in a row; r2 requested"));
        assertThat(replicaOf(replaced, id + "-r2").path("state").asString()).isEqualTo("REQUESTED");
        await().atMost(PATIENCE).until(() -> !SCHEDULER.cancelsOf(acme.id()).isEmpty());
        assertThat(SCHEDULER.cancelsOf(acme.id())).as("the lost replica's order is cancelled")
                .extracting(ReceivedCancel::orderId).containsExactly(UUID.fromString(order1));

        HttpResponse<String> afterwards = poll(node, node.key(), 4, now());
        assertThat(JSON.readValue(afterwards.body(), EngineAssignments.class).engines())
                .as("the agent stops an engine no longer listed").isEmpty();
        HttpResponse<String> late = report(node, node.containerId(), r1, "http://127.0.0.1:9", node.key(), 5, now());
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(contentType(late)).startsWith("application/problem+json");
    }

    @Test
    void forged_replayed_stale_misdirected_unknown_and_malformed_calls_are_refused_and_write_nothing() {
        Node a = registered();
        Node b = registered();
        Caller acme = Caller.enterprise("ent-engine-" + UUID.randomUUID().toString().substring(0, 8));
        String id = deploy(acme);
        String r1 = id + "-r1";
        String order1 = orderOf(awaitDeployment(acme, id, deployment -> orderOf(deployment, r1) != null), r1);
        events.publish(new JobStarted(UUID.randomUUID().toString(), order1, 1, List.of(a.containerId()), Instant.now()));
        awaitDeployment(acme, id, deployment -> "STARTING".equals(replicaOf(deployment, r1).path("state").asString()));
        assertThat(poll(a, a.key(), 100, now()).statusCode()).isEqualTo(200);
        assertThat(JSON.readValue(poll(b, b.key(), 100, now()).body(), EngineAssignments.class).engines())
                .as("another container's replica is not listed").isEmpty();
        String before = snapshot(id, a, b);

        // Signed by another container's node key, for a poll or a report, or by a key the platform does not know.
        refused(poll(a, b.key(), 101, now()), 401);
        refused(poll(b, a.key(), 101, now()), 401);
        refused(report(a, a.containerId(), r1, "http://10.0.0.7:8000", b.key(), 101, now()), 401);
        refused(poll(a, newKey(), 101, now()), 401);
        // Replayed: a sequence not above the last accepted one, the very same call included.
        assertThat(refused(poll(a, a.key(), 100, now()), 409).path("detail").asString()).contains("replayed");
        refused(poll(a, a.key(), 99, now()), 409);
        refused(report(a, a.containerId(), r1, "http://10.0.0.7:8000", a.key(), 100, now()), 409);
        // Stale, or from a clock far ahead.
        assertThat(fields(refused(poll(a, a.key(), 101, now() - 600), 400))).containsExactly("sentAt");
        refused(poll(a, a.key(), 101, now() + 600), 400);
        // Another container's replica, reported by that other container's own node.
        refused(report(b, b.containerId(), r1, "http://10.0.0.7:8000", b.key(), 101, now()), 404);
        refused(report(a, a.containerId(), "dep-unknown-r1", "http://10.0.0.7:8000", a.key(), 101, now()), 404);
        // An unknown container.
        Node stranger = new Node(UUID.randomUUID().toString(), newKey());
        refused(poll(stranger, stranger.key(), 1, now()), 404);
        // Malformed.
        refused(send("POST", pollPath(a.containerId()), "{not json", null), 400);
        assertThat(fields(refused(send("POST", pollPath(a.containerId()), "{\"sequence\": 101, \"sentAt\": " + now() + "}",
                null), 400))).containsExactly("signature");
        refused(send("POST", pollPath(a.containerId()), new EnginePollRequest(101, now(), "0x12"), null), 400);
        assertThat(fields(refused(poll(a, a.key(), 0, now()), 400))).containsExactly("sequence");
        assertThat(fields(refused(report(a, a.containerId(), r1, "ftp://10.0.0.7/", a.key(), 101, now()), 400)))
                .containsExactly("endpoint");
        refused(report(a, a.containerId(), r1, "http://10.0.0.7:8000/?x=1", a.key(), 101, now()), 400);
        assertThat(fields(refused(report(a, "not a container", r1, "http://10.0.0.7:8000", a.key(), 101, now()), 400)))
                .containsExactly("containerId");

        assertThat(snapshot(id, a, b)).isEqualTo(before);
        assertThat(poll(a, a.key(), 101, now()).statusCode()).as("the next sequence still passes").isEqualTo(200);
    }

    @Test
    void of_concurrent_copies_of_one_call_only_one_passes() {
        Node node = registered();
        EnginePollRequest call = EnginePollRequest.signed(EngineCall.poll(node.containerId(), 7, now()), node.key());

        ExecutorService senders = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> copies = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                copies.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(go);
                    return send("POST", pollPath(node.containerId()), call, null);
                }, senders));
            }
            go.countDown();
        } finally {
            senders.shutdown();
        }

        List<Integer> statuses = copies.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(rows("select last_sequence from container_node_key where container_id = ?", node.containerId()))
                .isEqualTo(7);
    }

    /** A container the registry registered, its node key known to maas-service. */
    private Node registered() {
        ECKeyPair key = newKey();
        String containerId = UUID.randomUUID().toString();
        events.publish(new ContainerRegistered(containerId, "0x" + "ab".repeat(20), "0x" + "ef".repeat(32),
                "0x" + Keys.getAddress(key), new ContainerSpecs("H100_SXM", 1, 80, 32, 256, 2000, 10_000,
                        List.of("vllm")), "us-east", new BigDecimal("40.71"), new BigDecimal("-74.00"),
                "https://" + containerId + ".example.net", new BigDecimal("2.50"), BigInteger.TEN.pow(21), "CHECKING",
                Instant.now()));
        await().atMost(PATIENCE).until(() -> rows("select count(*) from container_node_key where container_id = ?",
                containerId) == 1);
        return new Node(containerId, key);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ECKeyPair newKey() {
        try {
            return Keys.createEcKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String deploy(Caller caller) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", MODEL);
        body.put("gpuModel", "H100_SXM");
        body.put("minReplicas", 1);
        body.put("maxReplicas", 1);
        body.put("region", "us-east");
        HttpResponse<String> created = send("POST", "/deployments", body, caller);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("deploymentId").asString();
    }

    private HttpResponse<String> poll(Node node, ECKeyPair signer, long sequence, long sentAt) {
        return send("POST", pollPath(node.containerId()),
                EnginePollRequest.signed(EngineCall.poll(node.containerId(), sequence, sentAt), signer), null);
    }

    /** {@code node}'s report about {@code replicaId}, sent to {@code containerId}'s path. */
    private HttpResponse<String> report(Node node, String containerId, String replicaId, String endpoint,
            ECKeyPair signer, long sequence, long sentAt) {
        EngineReportRequest request = EngineReportRequest.signed(EngineCall.report(node.containerId(), replicaId,
                endpoint, sequence, sentAt), signer);
        return send("POST", "/containers/" + containerId.replace(" ", "%20") + "/engines/" + replicaId + "/endpoint",
                request, null);
    }

    private static String pollPath(String containerId) {
        return "/containers/" + containerId + "/engines/poll";
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static JsonNode refused(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(json(response).path("status").asInt()).isEqualTo(status);
        return json(response);
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false)
                .map(error -> error.path("field").asString()).toList();
    }

    /** Every row a refused call could have written: both containers' keys and sequences, the deployment. */
    private String snapshot(String deploymentId, Node a, Node b) {
        List<Map<String, Object>> keys = jdbc.sql("select * from container_node_key where container_id in (?, ?) "
                + "order by container_id").params(a.containerId(), b.containerId()).query().listOfRows();
        List<Map<String, Object>> replicas = jdbc.sql("select * from deployment_replica where deployment_id = ? "
                + "order by replica_id").param(deploymentId).query().listOfRows();
        List<Map<String, Object>> deployment = jdbc.sql("select * from deployment where deployment_id = ?")
                .param(deploymentId).query().listOfRows();
        long history = rows("select count(*) from deployment_history where deployment_id = ?", deploymentId);
        return keys + "\n" + replicas + "\n" + deployment + "\n" + history;
    }

    private static JsonNode replicaOf(JsonNode deployment, String replicaId) {
        return StreamSupport.stream(deployment.path("replicas").spliterator(), false)
                .filter(replica -> replica.path("replicaId").asString().equals(replicaId))
                .findFirst().orElse(JSON.createObjectNode());
    }

    private static String orderOf(JsonNode deployment, String replicaId) {
        JsonNode order = replicaOf(deployment, replicaId).path("orderId");
        return order.isNull() || order.isMissingNode() ? null : order.asString();
    }

    private static List<String> historyDetails(JsonNode deployment) {
        return StreamSupport.stream(deployment.path("history").spliterator(), false)
                .map(line -> line.path("detail").asString()).toList();
    }
}
