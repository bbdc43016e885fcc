package io.athgrid.maas.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.EngineTiming;
import io.athgrid.agent.workload.simulated.SimulatedEngine;
import io.athgrid.agent.workload.simulated.SimulatedEngineCounters;
import io.athgrid.maas.MaasIT;
import io.athgrid.maas.deployment.Deployment;
import io.athgrid.maas.deployment.DeploymentStore;
import io.athgrid.maas.deployment.ReplicaBounds;
import io.athgrid.maas.deployment.ReplicaState;
import io.athgrid.support.identity.Caller;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An enterprise's token bill over real calls: two READY deployments (written through the real store as the
 * placement would leave them) on SIMULATED engines of their own, called through {@code /v1} whole and
 * streamed, then {@code GET /usage} compared with what the engines themselves counted, at the catalog's
 * prices, to the last decimal. Failed calls add nothing; other callers see nothing of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageIT extends MaasIT {

    private static final String LLAMA = "meta-llama/Llama-3.1-8B-Instruct";
    private static final String R1 = "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B";
    private static final EngineTiming QUICK = new EngineTiming(Duration.ofMillis(2), Duration.ZERO, Duration.ofMillis(1));
    /** Amounts read as written, never through a double. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    @Autowired
    private DeploymentStore store;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private JsonMapper mapper;

    private SimulatedEngine llamaEngine;
    private SimulatedEngine r1Engine;
    private final Caller acme = Caller.enterprise("usage-" + UUID.randomUUID());
    private String llamaDeployment;
    private String r1Deployment;
    private LocalDate firstDay;

    @BeforeAll
    void callsOfTwoDeployments() {
        llamaEngine = SimulatedEngine.start(EngineSpec.of(LLAMA).withMaxModelLen(16384).withTiming(QUICK));
        r1Engine = SimulatedEngine.start(EngineSpec.of(R1).withMaxModelLen(32768).withTiming(QUICK));
        llamaDeployment = deployed(acme, LLAMA, llamaEngine.endpoint());
        r1Deployment = deployed(acme, R1, r1Engine.endpoint());
        firstDay = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);

        ok(call("/v1/chat/completions", """
                {"model": "%s", "messages": [{"role": "user", "content": "What does athgrid bill?"}],
                 "max_tokens": 9}""".formatted(LLAMA)));
        ok(call("/v1/chat/completions", """
                {"model": "%s", "messages": [{"role": "user", "content": "Stream a short poem"}],
                 "max_tokens": 14, "stream": true}""".formatted(LLAMA)));
        ok(call("/v1/completions", """
                {"model": "%s", "prompt": "Tokens are billed", "max_tokens": 6, "stream": true,
                 "stream_options": {"include_usage": true}}""".formatted(LLAMA)));
        ok(call("/v1/chat/completions", """
                {"model": "%s", "messages": [{"role": "user", "content": "Think it over"}],
                 "max_tokens": 21}""".formatted(R1)));
        ok(call("/v1/completions", """
                {"model": "%s", "prompt": "Reason once more", "max_tokens": 4, "stream": true}""".formatted(R1)));

        // Failed calls: an engine's refusal (a prompt beyond the context), an unknown model.
        assertThat(call("/v1/completions", "{\"model\": \"" + LLAMA + "\", \"prompt\": \"" + "word ".repeat(20_000)
                + "\", \"max_tokens\": 10}").statusCode()).isEqualTo(400);
        assertThat(call("/v1/completions", "{\"model\": \"no/such-model\", \"prompt\": \"hi\"}").statusCode())
                .isEqualTo(404);
    }

    @AfterAll
    void stopEngines() {
        llamaEngine.close();
        r1Engine.close();
    }

    @Test
    void the_bill_sums_what_the_engines_counted_at_the_catalog_prices_exactly() {
        HttpResponse<String> response = send("GET", "/usage", null, acme);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode bill = EXACT.readTree(response.body());
        LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
        assertThat(bill.path("enterpriseId").asString()).isEqualTo(acme.id());
        assertThat(bill.path("from").asString()).as("this month to date").isEqualTo(today.withDayOfMonth(1).toString());
        assertThat(bill.path("to").asString()).isEqualTo(today.toString());
        assertThat(lines(bill)).allSatisfy(line -> assertThat(LocalDate.parse(line.path("day").asString()))
                .isBetween(firstDay, today));

        // Llama 3.1 8B: 0.10 / 0.15 USD per million input / output tokens; the R1 distill: 0.10 / 0.20.
        SimulatedEngineCounters llama = llamaEngine.counters();
        SimulatedEngineCounters r1 = r1Engine.counters();
        assertThat(llama.served()).as("the refused call was not served").isEqualTo(3);
        assertThat(llama.rejected()).isOne();
        assertThat(r1.served()).isEqualTo(2);
        BigDecimal llamaUsd = cost(llama, "0.10", "0.15");
        BigDecimal r1Usd = cost(r1, "0.10", "0.20");
        assertThat(linesOf(bill, llamaDeployment, LLAMA))
                .isEqualTo(new Sum(3, llama.promptTokens(), llama.completionTokens(), llamaUsd).normalized());
        assertThat(linesOf(bill, r1Deployment, R1))
                .isEqualTo(new Sum(2, r1.promptTokens(), r1.completionTokens(), r1Usd).normalized());
        assertThat(lines(bill)).extracting(line -> line.path("deploymentId").asString())
                .as("only the enterprise's two deployments").containsOnly(llamaDeployment, r1Deployment);

        JsonNode totals = bill.path("totals");
        assertThat(totals.path("calls").asLong()).isEqualTo(5);
        assertThat(totals.path("promptTokens").asLong()).isEqualTo(llama.promptTokens() + r1.promptTokens());
        assertThat(totals.path("completionTokens").asLong()).isEqualTo(llama.completionTokens() + r1.completionTokens());
        assertThat(totals.path("amountUsd").decimalValue()).isEqualByComparingTo(llamaUsd.add(r1Usd));
        assertThat(response.body()).as("amounts written plainly").doesNotContainPattern("\"amountUsd\":[0-9.]+[eE]");
        assertThat(rows("select count(*) from token_charge where enterprise_id = ?", acme.id()))
                .as("one ledger row per successful call").isEqualTo(5);
    }

    @Test
    void a_period_names_utc_days_and_an_operator_reads_any_enterprises_bill() {
        LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
        JsonNode asked = EXACT.readTree(send("GET", "/usage?from=" + firstDay + "&to=" + today, null, acme).body());
        JsonNode byOperator = EXACT.readTree(send("GET", "/usage?from=" + firstDay + "&to=" + today + "&enterprise="
                + acme.id(), null, OPERATOR).body());
        JsonNode before = EXACT.readTree(send("GET", "/usage?from=" + firstDay.minusDays(30) + "&to="
                + firstDay.minusDays(1), null, acme).body());

        assertThat(asked.path("totals").path("calls").asLong()).isEqualTo(5);
        assertThat(byOperator).isEqualTo(asked);
        assertThat(before.path("lines")).as("no call before the first day").isEmpty();
        assertThat(before.path("totals").path("calls").asLong()).isZero();
        assertThat(before.path("totals").path("amountUsd").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void another_tenant_sees_none_of_it() {
        Caller stranger = Caller.enterprise("usage-stranger-" + UUID.randomUUID());

        HttpResponse<String> strangers = send("GET", "/usage", null, stranger);

        assertThat(strangers.statusCode()).isEqualTo(200);
        assertThat(json(strangers).path("enterpriseId").asString()).isEqualTo(stranger.id());
        assertThat(json(strangers).path("lines")).isEmpty();
        assertThat(json(strangers).path("totals").path("calls").asLong()).isZero();
        HttpResponse<String> peeking = send("GET", "/usage?enterprise=" + acme.id(), null, stranger);
        assertThat(peeking.statusCode()).as("another enterprise's bill is refused").isEqualTo(403);
        assertThat(contentType(peeking)).startsWith("application/problem+json");
        assertThat(send("GET", "/usage?enterprise=" + acme.id(), null, acme).statusCode()).as("its own id is fine")
                .isEqualTo(200);
        HttpResponse<String> wallet = send("GET", "/usage", null, WALLET);
        assertThat(wallet.statusCode()).isEqualTo(403);
        assertThat(contentType(wallet)).startsWith("application/problem+json");
        assertThat(send("GET", "/usage", null, null).statusCode()).as("no internal token").isEqualTo(401);
    }

    @Test
    void bad_periods_and_missing_enterprises_are_problems_naming_each_parameter() {
        LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
        assertProblem(send("GET", "/usage?from=2026-13-01&to=yesterday", null, acme), "to", "from");
        assertProblem(send("GET", "/usage?from=" + today + "&to=" + today.minusDays(1), null, acme), "from");
        assertProblem(send("GET", "/usage?from=" + today.minusDays(366) + "&to=" + today, null, acme), "from");
        assertProblem(send("GET", "/usage?from=" + today.plusDays(1), null, acme), "from");
        assertProblem(send("GET", "/usage?to=", null, acme), "to");
        assertProblem(send("GET", "/usage", null, OPERATOR), "enterprise");
        assertProblem(send("GET", "/usage?enterprise=" + "x".repeat(101) + "&from=bad", null, OPERATOR),
                "enterprise", "from");
        assertThat(send("GET", "/usage?from=" + today.minusDays(365) + "&to=" + today, null, acme).statusCode())
                .as("366 days, both included").isEqualTo(200);
    }

    @Test
    void an_amount_below_a_millionth_is_written_plainly_and_exactly() {
        String written = mapper.writeValueAsString(new TokenBill.Totals(1, 1, 0, new BigDecimal("0.000000100000")));

        assertThat(written).as("not 1E-7").contains("\"amountUsd\":0.0000001}");
    }

    private void assertProblem(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(json(response).path("errors")).extracting(error -> error.path("field").asString())
                .containsExactly(fields);
    }

    /** What a line or the totals add up to. */
    private record Sum(long calls, long promptTokens, long completionTokens, BigDecimal amountUsd) {

        Sum plus(JsonNode line) {
            return new Sum(calls + line.path("calls").asLong(), promptTokens + line.path("promptTokens").asLong(),
                    completionTokens + line.path("completionTokens").asLong(),
                    amountUsd.add(line.path("amountUsd").decimalValue()));
        }

        /** Equal amounts compare equal however many zeros they were written with. */
        Sum normalized() {
            return new Sum(calls, promptTokens, completionTokens, amountUsd.stripTrailingZeros());
        }
    }

    /** The deployment's lines, one per UTC day (one, unless the calls straddled midnight), added up. */
    private static Sum linesOf(JsonNode bill, String deploymentId, String model) {
        Sum sum = new Sum(0, 0, 0, BigDecimal.ZERO);
        for (JsonNode line : lines(bill)) {
            if (line.path("deploymentId").asString().equals(deploymentId)) {
                assertThat(line.path("model").asString()).isEqualTo(model);
                sum = sum.plus(line);
            }
        }
        return sum.normalized();
    }

    private static BigDecimal cost(SimulatedEngineCounters counted, String usdPerMillionIn, String usdPerMillionOut) {
        return new BigDecimal(usdPerMillionIn).multiply(BigDecimal.valueOf(counted.promptTokens()))
                .add(new BigDecimal(usdPerMillionOut).multiply(BigDecimal.valueOf(counted.completionTokens())))
                .divide(MILLION);
    }

    private static List<JsonNode> lines(JsonNode bill) {
        return StreamSupport.stream(bill.path("lines").spliterator(), false).toList();
    }

    private HttpResponse<String> call(String path, String body) {
        return send("POST", path, body, acme);
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** A READY deployment of the tenant's with one replica, on {@code endpoint}. */
    private String deployed(Caller tenant, String model, URI endpoint) {
        Deployment created = Deployment.create("dep-" + UUID.randomUUID(), tenant.id(), model, "H100_SXM", "us-east",
                new ReplicaBounds(1, 1));
        String replica = created.inState(ReplicaState.REQUESTED).get(0).replicaId();
        Deployment ready = created.placed(replica, "container-usage").engineAt(replica, endpoint).healthy(replica);
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                store.insert(ready, Instant.now(), "written by the test"));
        return ready.deploymentId();
    }
}
