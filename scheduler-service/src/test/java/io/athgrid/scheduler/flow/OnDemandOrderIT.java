package io.athgrid.scheduler.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.Topics;
import io.athgrid.scheduler.fixtures.Fleet;
import io.athgrid.scheduler.fixtures.SchedulerScenarioBase;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.support.testing.TopicReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

class OnDemandOrderIT extends SchedulerScenarioBase {

    private static final String ENTERPRISE = "ent-on-demand";

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void an_order_is_matched_at_once_runs_is_metered_and_billed_then_cancelled() {
        String service = uniqueService();
        Fleet.Container cheap = fleet.standby("0x" + "1".repeat(40), 8, service, "2.00");
        fleet.standby("0x" + "2".repeat(40), 8, service, "3.00");
        awaitMarketOffers(service);

        HttpResponse<String> submitted = submit(ENTERPRISE, onDemand(service, 8, 1, "2.50"));

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonNode order = ServiceHttp.json(submitted);
        String orderId = order.get("orderId").asString();
        assertThat(order.get("usdPerAth").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(order.at("/job/status").asString()).isEqualTo("PROVISIONING");
        assertThat(order.at("/job/containers/0/containerId").asString()).isEqualTo(cheap.id());

        awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/status").asString().equals("RUNNING"), "RUNNING");
        await(() -> bill(ENTERPRISE, orderId).get("charges").size() >= 2, "two metered charges");

        JsonNode bill = bill(ENTERPRISE, orderId);
        BigInteger due = BigInteger.ZERO;
        for (JsonNode charge : bill.get("charges")) {
            long gpuSeconds = charge.get("gpuSeconds").asLong();
            BigDecimal usd = charge.get("amountUsd").decimalValue();
            BigInteger wei = new BigInteger(charge.at("/split/amountWei").asString());
            BigInteger protocol = new BigInteger(charge.at("/split/protocolFeeWei").asString());
            BigInteger provider = new BigInteger(charge.at("/split/providerFeeWei").asString());
            assertThat(charge.get("containerId").asString()).isEqualTo(cheap.id());
            assertThat(usd).isEqualByComparingTo(new BigDecimal("2.00").multiply(BigDecimal.valueOf(gpuSeconds))
                    .divide(BigDecimal.valueOf(3600), 8, RoundingMode.DOWN));
            assertThat(wei).isEqualTo(usd.multiply(BigDecimal.TEN.pow(18))
                    .divide(new BigDecimal("0.05"), 0, RoundingMode.DOWN).toBigIntegerExact());
            assertThat(protocol).isEqualTo(wei.multiply(BigInteger.valueOf(20)).divide(BigInteger.valueOf(100)));
            assertThat(protocol.add(provider)).isEqualTo(wei);
            due = due.add(wei);
        }
        assertThat(new BigInteger(bill.at("/totals/dueWei").asString())).isEqualTo(due);
        assertThat(new BigInteger(bill.at("/totals/protocolFeeWei").asString())
                .add(new BigInteger(bill.at("/totals/providerFeesWei").asString()))).isEqualTo(due);

        HttpResponse<String> cancelled = post(Caller.enterprise(ENTERPRISE), "/orders/" + orderId + "/cancel");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(ServiceHttp.json(cancelled).at("/job/status").asString()).isEqualTo("CANCELLED");
        assertThat(post(Caller.enterprise(ENTERPRISE), "/orders/" + orderId + "/cancel").statusCode()).isEqualTo(409);

        JsonNode usage = ServiceHttp.json(get(Caller.enterprise(ENTERPRISE), "/orders/" + orderId + "/usage"));
        assertThat(usage.get("gpuSeconds").asLong()).isGreaterThanOrEqualTo(bill.get("gpuSecondsCharged").asLong());
        assertThat(usage.at("/leases/0/endReason").asString()).isEqualTo("CANCELLED");

        String jobId = order.at("/job/jobId").asString();
        try (TopicReader jobs = new TopicReader(kafka, Topics.JOBS);
                TopicReader billing = new TopicReader(kafka, Topics.BILLING)) {
            List<String> types = List.of("JobSubmitted", "JobMatched", "JobStarted", "JobCancelled", "LeaseReleased");
            List<ConsumerRecord<String, String>> seen = jobs.readUntil(
                    records -> types.stream().allMatch(type -> records.stream().anyMatch(
                            r -> r.key().equals(jobId) && r.value().contains("\"" + type + "\""))),
                    Duration.ofSeconds(20));
            assertThat(types).allMatch(type -> seen.stream().anyMatch(
                    r -> r.key().equals(jobId) && r.value().contains("\"" + type + "\"")));
            assertThat(billing.readUntil(records -> records.stream().anyMatch(
                    r -> r.key().equals(jobId) && r.value().contains("UsageMetered")), Duration.ofSeconds(20)))
                    .anyMatch(r -> r.key().equals(jobId) && r.value().contains("UsageMetered"));
        }
    }

    @Test
    void a_job_with_a_duration_completes_on_time_charged_for_exactly_that_long() {
        String service = uniqueService();
        Fleet.Container container = fleet.standby("0x" + "c".repeat(40), 8, service, "2.00");
        awaitMarketOffers(service);

        String orderId = ServiceHttp.json(submit(ENTERPRISE, onDemand(service, 2, 1, "2.50")
                .replace("\"policy\"", "\"durationSeconds\": 3, \"policy\""))).get("orderId").asString();

        JsonNode completed = awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/status").asString().equals("COMPLETED"),
                "COMPLETED after 3 s");
        assertThat(completed.at("/job/statusReason").asString()).isEqualTo("DURATION_REACHED");
        assertThat(Duration.between(Instant.parse(completed.at("/job/startedAt").asString()),
                Instant.parse(completed.at("/job/endsAt").asString()))).isEqualTo(Duration.ofSeconds(3));
        JsonNode bill = bill(ENTERPRISE, orderId);
        assertThat(bill.get("gpuSecondsCharged").asLong()).isEqualTo(2 * 3);
        assertThat(bill.at("/totals/chargedUsd").decimalValue()).isEqualByComparingTo("0.00333333");
        assertThat(bill.at("/charges/0/containerId").asString()).isEqualTo(container.id());
    }

    @Test
    void a_job_without_enough_capacity_waits_with_the_reasons_then_fails() {
        String service = uniqueService();
        fleet.standby("0x" + "3".repeat(40), 8, service, "2.00");
        awaitMarketOffers(service);

        JsonNode order = ServiceHttp.json(submit(ENTERPRISE, onDemand(service, 8, 2, "2.50")));

        assertThat(order.at("/job/status").asString()).isEqualTo("MATCHING");
        assertThat(order.at("/job/whyNotMatched/reasons").isArray()).isTrue();
        JsonNode failed = awaitOrder(ENTERPRISE, order.get("orderId").asString(),
                o -> o.at("/job/status").asString().equals("FAILED"), "FAILED after the match timeout");
        assertThat(failed.at("/job/statusReason").asString()).isEqualTo("NO_CAPACITY");
        assertThat(bill(ENTERPRISE, order.get("orderId").asString()).get("charges")).isEmpty();
    }
}
