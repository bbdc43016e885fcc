package io.athgrid.scheduler.flow;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.Topics;
import io.athgrid.scheduler.fixtures.SchedulerScenarioBase;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.support.testing.TopicReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A client that retries POST /orders with its Idempotency-Key gets the first order, never a second. */
class IdempotentOrderIT extends SchedulerScenarioBase {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void a_repeat_answers_the_same_order_and_creates_no_second_job_or_event() {
        String enterprise = uniqueEnterprise();
        String service = offered("0x" + "d1".repeat(20));
        String body = onDemand(service, 2, 1, "2.50");

        HttpResponse<String> first = submit(enterprise, body, "dep-4711-r3");
        HttpResponse<String> repeat = submit(enterprise, body, "dep-4711-r3");
        // The same order, serialised anew: fields in another order, the price with another scale.
        HttpResponse<String> reserialised = submit(enterprise, """
                {"policy": "LOWEST_FEE", "maxPriceUsdPerGpuHour": 2.5, "service": "%s", "region": "us-east",
                 "nodes": 1, "gpusPerNode": 2, "gpuModel": "H100_SXM", "kind": "ON_DEMAND"}""".formatted(service),
                "dep-4711-r3");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue(REPLAYED)).isEmpty();
        String orderId = ServiceHttp.json(first).get("orderId").asString();
        String jobId = ServiceHttp.json(first).at("/job/jobId").asString();
        for (HttpResponse<String> again : List.of(repeat, reserialised)) {
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            assertThat(again.headers().firstValue(REPLAYED)).hasValue("true");
            assertThat(again.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("orders/" + orderId));
            JsonNode order = ServiceHttp.json(again);
            assertThat(order.get("orderId").asString()).isEqualTo(orderId);
            assertThat(order.at("/job/jobId").asString()).isEqualTo(jobId);
            assertThat(order.get("gpusPerNode").asInt()).isEqualTo(2);
        }
        assertThat(orders(enterprise)).isEqualTo(1);
        assertThat(jobs(enterprise)).isEqualTo(1);
        assertThat(jobSubmittedInOutbox(enterprise)).isEqualTo(1);
        assertThat(jobSubmittedOnKafka(enterprise)).singleElement()
                .satisfies(record -> assertThat(record.key()).isEqualTo(jobId));
        post(Caller.enterprise(enterprise), "/orders/" + orderId + "/cancel");
    }

    @Test
    void the_same_key_for_a_different_order_is_a_conflict_and_writes_nothing() {
        String enterprise = uniqueEnterprise();
        String service = offered("0x" + "d2".repeat(20));
        HttpResponse<String> first = submit(enterprise, onDemand(service, 2, 1, "2.50"), "key-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        HttpResponse<String> different = submit(enterprise, onDemand(service, 4, 1, "2.50"), "key-1");

        assertThat(different.statusCode()).as(different.body()).isEqualTo(409);
        assertProblem(different);
        assertThat(ServiceHttp.json(different).get("detail").asString()).contains("different order");
        assertThat(orders(enterprise)).isEqualTo(1);
        assertThat(jobs(enterprise)).isEqualTo(1);
        assertThat(keys(enterprise)).isEqualTo(1);
        assertThat(jobSubmittedInOutbox(enterprise)).isEqualTo(1);
        post(Caller.enterprise(enterprise), "/orders/" + ServiceHttp.json(first).get("orderId").asString() + "/cancel");
    }

    @Test
    void concurrent_first_requests_with_one_key_create_exactly_one_order() throws Exception {
        String enterprise = uniqueEnterprise();
        String service = offered("0x" + "d3".repeat(20));
        String body = onDemand(service, 1, 1, "2.50");
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> responses = ServiceHttp.sentTogether(8, () -> submit(enterprise, body, key));

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).as(response.body())
                .isEqualTo(201));
        assertThat(responses.stream().map(response -> ServiceHttp.json(response).get("orderId").asString())
                .distinct()).hasSize(1);
        assertThat(responses.stream().filter(response -> response.headers().firstValue(REPLAYED).isEmpty()))
                .hasSize(1);
        assertThat(orders(enterprise)).isEqualTo(1);
        assertThat(jobs(enterprise)).isEqualTo(1);
        assertThat(jobSubmittedInOutbox(enterprise)).isEqualTo(1);
        post(Caller.enterprise(enterprise),
                "/orders/" + ServiceHttp.json(responses.get(0)).get("orderId").asString() + "/cancel");
    }

    @Test
    void another_enterprise_with_the_same_key_places_its_own_order() {
        String alpha = uniqueEnterprise();
        String beta = uniqueEnterprise();
        String service = offered("0x" + "d4".repeat(20));
        String body = onDemand(service, 1, 1, "2.50");

        HttpResponse<String> ofAlpha = submit(alpha, body, "shared-key");
        HttpResponse<String> ofBeta = submit(beta, body, "shared-key");

        assertThat(ofAlpha.statusCode()).as(ofAlpha.body()).isEqualTo(201);
        assertThat(ofBeta.statusCode()).as(ofBeta.body()).isEqualTo(201);
        assertThat(ofBeta.headers().firstValue(REPLAYED)).isEmpty();
        String alphaOrder = ServiceHttp.json(ofAlpha).get("orderId").asString();
        String betaOrder = ServiceHttp.json(ofBeta).get("orderId").asString();
        assertThat(betaOrder).isNotEqualTo(alphaOrder);
        assertThat(orders(alpha)).isEqualTo(1);
        assertThat(orders(beta)).isEqualTo(1);
        assertThat(get(Caller.enterprise(beta), "/orders/" + alphaOrder).statusCode()).isEqualTo(404);
        post(Caller.enterprise(alpha), "/orders/" + alphaOrder + "/cancel");
        post(Caller.enterprise(beta), "/orders/" + betaOrder + "/cancel");
    }

    @Test
    void a_malformed_key_is_refused_as_a_problem_and_writes_nothing() {
        String enterprise = uniqueEnterprise();
        String service = offered("0x" + "d5".repeat(20));
        String body = onDemand(service, 1, 1, "2.50");

        // Non-ASCII keys are refused too (service-support's IdempotencyKeyTest): Java's HTTP client would not
        // send them unaltered.
        for (String malformed : List.of("", "k".repeat(129), "tab\there")) {
            HttpResponse<String> refused = submit(enterprise, body, malformed);
            assertThat(refused.statusCode()).as(malformed + " -> " + refused.body()).isEqualTo(400);
            assertProblem(refused);
            assertThat(ServiceHttp.json(refused).at("/errors/0/field").asString()).isEqualTo(KEY);
        }
        assertThat(orders(enterprise)).isZero();
        assertThat(keys(enterprise)).isZero();
        assertThat(jobSubmittedInOutbox(enterprise)).isZero();
    }

    private HttpResponse<String> submit(String enterprise, String body, String key) {
        return http.post("/orders", body, "Authorization", bearer(tokens.issue(Caller.enterprise(enterprise), "it")),
                KEY, key);
    }

    /** A service offered by one fresh container, known to the scheduler's market. */
    private String offered(String owner) {
        String service = uniqueService();
        fleet.standby(owner, 8, service, "2.00");
        awaitMarketOffers(service);
        return service;
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static String uniqueEnterprise() {
        return "ent-idem-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long orders(String enterprise) {
        return jdbc.sql("select count(*) from job_order where enterprise_id = ?").param(enterprise).query(Long.class)
                .single();
    }

    private long jobs(String enterprise) {
        return jdbc.sql("select count(*) from job join job_order o on o.id = job.order_id where o.enterprise_id = ?")
                .param(enterprise).query(Long.class).single();
    }

    private long keys(String enterprise) {
        return jdbc.sql("select count(*) from order_idempotency_key where enterprise_id = ?").param(enterprise)
                .query(Long.class).single();
    }

    private long jobSubmittedInOutbox(String enterprise) {
        return jdbc.sql("select count(*) from outbox_event where event_type = 'JobSubmitted' and envelope like ?")
                .param("%\"" + enterprise + "\"%").query(Long.class).single();
    }

    /** Every JobSubmitted of the enterprise on Kafka, read on for a while after the first shows up. */
    private List<ConsumerRecord<String, String>> jobSubmittedOnKafka(String enterprise) {
        try (TopicReader jobs = new TopicReader(kafka, Topics.JOBS)) {
            jobs.readUntil(records -> records.stream().anyMatch(record -> isJobSubmitted(record, enterprise)),
                    Duration.ofSeconds(20));
            return jobs.readUntil(records -> false, Duration.ofSeconds(2)).stream()
                    .filter(record -> isJobSubmitted(record, enterprise))
                    .toList();
        }
    }

    private static boolean isJobSubmitted(ConsumerRecord<String, String> record, String enterprise) {
        return record.value().contains("\"JobSubmitted\"") && record.value().contains("\"" + enterprise + "\"");
    }
}
