package io.athgrid.maas.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.EngineTiming;
import io.athgrid.agent.workload.simulated.SimulatedEngine;
import io.athgrid.maas.MaasIT;
import io.athgrid.maas.deployment.Deployment;
import io.athgrid.maas.deployment.DeploymentStore;
import io.athgrid.maas.deployment.Replica;
import io.athgrid.maas.deployment.ReplicaBounds;
import io.athgrid.maas.deployment.ReplicaState;
import io.athgrid.support.identity.Caller;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAI-compatible API in front of real SIMULATED engines (node-agent's, on this machine): the
 * deployments are written through the real store as the placement would leave them, then called as
 * the gateway forwards an enterprise's API-key calls.
 */
class InferenceIT extends MaasIT {

    private static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";
    private static final EngineTiming QUICK = new EngineTiming(Duration.ofMillis(2), Duration.ZERO, Duration.ofMillis(1));
    private static final List<SimulatedEngine> ENGINES = new ArrayList<>();

    @Autowired
    private DeploymentStore store;
    @Autowired
    private PlatformTransactionManager transactions;

    @BeforeAll
    static void engines() {
        for (int i = 0; i < 2; i++) {
            ENGINES.add(SimulatedEngine.start(EngineSpec.of(MODEL).withMaxModelLen(16384).withTiming(QUICK)));
        }
    }

    @AfterAll
    static void stopEngines() {
        ENGINES.forEach(SimulatedEngine::close);
    }

    @Test
    void a_chat_completion_is_answered_by_a_replica_and_its_tokens_metered_at_the_catalog_price() {
        Caller tenant = deployed("chat", ENGINES.get(0).endpoint(), ENGINES.get(1).endpoint());

        HttpResponse<String> answer = send("POST", "/v1/chat/completions", """
                {"model": "%s", "messages": [{"role": "user", "content": "Say hello to athgrid"}], "max_tokens": 12}"""
                .formatted(MODEL), tenant);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = json(answer);
        assertThat(body.path("object").asString()).isEqualTo("chat.completion");
        assertThat(body.path("choices").path(0).path("message").path("content").asString()).isNotBlank();
        long prompt = body.path("usage").path("prompt_tokens").asLong();
        long completion = body.path("usage").path("completion_tokens").asLong();
        assertThat(prompt).isPositive();
        assertThat(completion).isBetween(1L, 12L);
        JsonNode metered = meteredFor(tenant).get(0);
        assertThat(metered.path("promptTokens").asLong()).isEqualTo(prompt);
        assertThat(metered.path("completionTokens").asLong()).isEqualTo(completion);
        // Llama 3.1 8B: 0.10 USD per million input tokens, 0.15 per million output tokens.
        assertThat(metered.path("amountUsd").decimalValue()).isEqualByComparingTo(new BigDecimal("0.10")
                .multiply(BigDecimal.valueOf(prompt)).add(new BigDecimal("0.15").multiply(BigDecimal.valueOf(completion)))
                .divide(BigDecimal.valueOf(1_000_000)));
        assertThat(metered.path("model").asString()).isEqualTo(MODEL);
        // Charged to the enterprise under the event's usage id, at the same amount.
        assertThat(jdbc.sql("select amount_usd from token_charge where usage_id = ?::uuid and enterprise_id = ?")
                .params(metered.path("usageId").asString(), tenant.id()).query(BigDecimal.class).single())
                .isEqualByComparingTo(metered.path("amountUsd").decimalValue());
        assertThat(chargesOf(tenant)).isOne();
    }

    @Test
    void a_stream_is_passed_on_event_by_event_and_the_usage_chunk_only_when_asked_for() {
        Caller tenant = deployed("stream", ENGINES.get(0).endpoint());
        String request = """
                {"model": "%s", "messages": [{"role": "user", "content": "Stream me a story"}], "max_tokens": 20,
                 "stream": true%s}""";

        HttpResponse<String> plain = send("POST", "/v1/chat/completions", request.formatted(MODEL, ""), tenant);
        HttpResponse<String> withUsage = send("POST", "/v1/chat/completions",
                request.formatted(MODEL, ", \"stream_options\": {\"include_usage\": true}"), tenant);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(contentType(plain)).startsWith("text/event-stream");
        List<String> events = dataOf(plain.body());
        assertThat(events.get(events.size() - 1)).isEqualTo("[DONE]");
        assertThat(events).noneMatch(event -> event.contains("\"usage\":{"));
        List<String> counted = dataOf(withUsage.body());
        String usageChunk = counted.get(counted.size() - 2);
        assertThat(JSON.readTree(usageChunk).path("choices")).isEmpty();
        long completion = JSON.readTree(usageChunk).path("usage").path("completion_tokens").asLong();
        assertThat(counted.stream().filter(event -> !event.equals("[DONE]"))
                .filter(event -> !JSON.readTree(event).path("choices").path(0).path("delta").path("content").asString("")
                        .isEmpty())
                .count())
                .as("one content chunk per token").isEqualTo(completion);
        assertThat(meteredFor(tenant)).as("both calls metered").hasSize(2)
                .allSatisfy(metered -> assertThat(metered.path("completionTokens").asLong()).isEqualTo(completion));
    }

    @Test
    void text_completions_are_answered_too() {
        Caller tenant = deployed("text", ENGINES.get(1).endpoint());

        HttpResponse<String> answer = send("POST", "/v1/completions",
                "{\"model\": \"" + MODEL + "\", \"prompt\": \"Once upon a time\", \"max_tokens\": 5}", tenant);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).path("object").asString()).isEqualTo("text_completion");
        assertThat(meteredFor(tenant)).hasSize(1);
    }

    @Test
    void an_unreachable_replica_is_skipped_for_another() {
        URI closed = URI.create("http://127.0.0.1:9");
        Caller tenant = deployed("retry", closed, ENGINES.get(0).endpoint());

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = send("POST", "/v1/completions",
                    "{\"model\": \"" + MODEL + "\", \"prompt\": \"ping " + i + "\", \"max_tokens\": 2}", tenant);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        assertThat(meteredFor(tenant)).hasSize(3)
                .allSatisfy(metered -> assertThat(metered.path("replicaId").asString()).endsWith("-r2"));
    }

    @Test
    void unknown_models_and_other_tenants_deployments_are_not_found_in_openai_shape_and_cost_nothing() {
        Caller owner = deployed("owner", ENGINES.get(0).endpoint());
        Caller stranger = Caller.enterprise("stranger-" + UUID.randomUUID());

        HttpResponse<String> unknown = send("POST", "/v1/chat/completions",
                "{\"model\": \"no/such-model\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", owner);
        HttpResponse<String> notTheirs = send("POST", "/v1/chat/completions",
                "{\"model\": \"" + MODEL + "\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", stranger);
        HttpResponse<String> noModel = send("POST", "/v1/chat/completions", "{\"messages\": []}", owner);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("error").path("code").asString()).isEqualTo("model_not_found");
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(json(notTheirs).path("error").path("code").asString()).isEqualTo("model_not_found");
        assertThat(noModel.statusCode()).isEqualTo(400);
        assertThat(json(noModel).path("error").path("param").asString()).isEqualTo("model");
        assertThat(meteredFor(owner)).isEmpty();
        assertThat(meteredFor(stranger)).isEmpty();
        assertThat(chargesOf(owner)).isZero();
        assertThat(chargesOf(stranger)).isZero();
    }

    @Test
    void a_prompt_beyond_the_context_is_refused_by_the_engine_in_openai_shape_and_costs_nothing() {
        Caller tenant = deployed("context", ENGINES.get(0).endpoint());
        String longPrompt = "word ".repeat(20_000);

        HttpResponse<String> answer = send("POST", "/v1/completions",
                "{\"model\": \"" + MODEL + "\", \"prompt\": \"" + longPrompt + "\", \"max_tokens\": 10}", tenant);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("error").path("message").asString()).contains("16384");
        assertThat(meteredFor(tenant)).isEmpty();
        assertThat(chargesOf(tenant)).isZero();
    }

    @Test
    void a_deployment_scaled_to_zero_holds_the_request_until_a_replica_is_ready() throws Exception {
        Caller tenant = Caller.enterprise("zero-" + UUID.randomUUID());
        String id = "dep-" + UUID.randomUUID();
        Deployment scaledToZero = ready(Deployment.create(id, tenant.id(), MODEL, "H100_SXM", "us-east",
                new ReplicaBounds(0, 1)), ENGINES.get(0).endpoint()).scaleTo(0);
        write(null, scaledToZero);

        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> send("POST", "/v1/completions",
                "{\"model\": \"" + MODEL + "\", \"prompt\": \"wake up\", \"max_tokens\": 3}", tenant));

        // The autoscaler asks for a replica; the test plays the scheduler and the node agent for it.
        Replica requested = await(() -> store.find(id).orElseThrow().inState(ReplicaState.REQUESTED).stream()
                .findFirst().orElse(null));
        change(id, deployment -> deployment.placed(requested.replicaId(), "c-zero")
                .engineAt(requested.replicaId(), ENGINES.get(1).endpoint()).healthy(requested.replicaId()));

        HttpResponse<String> answer = held.get();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(meteredFor(tenant).get(0).path("replicaId").asString()).isEqualTo(requested.replicaId());
    }

    /** A READY deployment of the tenant with one replica per endpoint. */
    private Caller deployed(String name, URI... endpoints) {
        Caller tenant = Caller.enterprise(name + "-" + UUID.randomUUID());
        Deployment deployment = Deployment.create("dep-" + UUID.randomUUID(), tenant.id(), MODEL, "H100_SXM", "us-east",
                new ReplicaBounds(endpoints.length, endpoints.length));
        write(null, ready(deployment, endpoints));
        return tenant;
    }

    private static Deployment ready(Deployment deployment, URI... endpoints) {
        Deployment next = deployment;
        List<Replica> requested = deployment.inState(ReplicaState.REQUESTED);
        for (int i = 0; i < endpoints.length; i++) {
            String replica = requested.get(i).replicaId();
            next = next.placed(replica, "container-" + i).engineAt(replica, endpoints[i]).healthy(replica);
        }
        return next;
    }

    private void write(Deployment before, Deployment after) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            if (before == null) {
                store.insert(after, Instant.now(), "written by the test");
            } else {
                store.save(before, after, Instant.now(), "written by the test");
            }
        });
    }

    private void change(String id, UnaryOperator<Deployment> change) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Deployment before = store.findForUpdate(id).orElseThrow();
            store.save(before, change.apply(before), Instant.now(), "changed by the test");
        });
    }

    private List<JsonNode> meteredFor(Caller tenant) {
        return jdbc.sql("select envelope from outbox_event where event_type = 'TokensMetered' order by id")
                .query(String.class).list().stream()
                .map(envelope -> JSON.readTree(envelope).path("payload"))
                .filter(payload -> payload.path("enterpriseId").asString().equals(tenant.id()))
                .toList();
    }

    private long chargesOf(Caller tenant) {
        return rows("select count(*) from token_charge where enterprise_id = ?", tenant.id());
    }

    private static List<String> dataOf(String stream) {
        return stream.lines().filter(line -> line.startsWith("data: ")).map(line -> line.substring(6)).toList();
    }

    private static <T> T await(java.util.function.Supplier<T> found) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not found within 20 s");
    }
}
