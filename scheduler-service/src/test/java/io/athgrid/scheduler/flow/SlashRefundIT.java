package io.athgrid.scheduler.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.Topics;
import io.athgrid.events.v1.SlashExecuted;
import io.athgrid.scheduler.fixtures.Fleet;
import io.athgrid.scheduler.fixtures.SchedulerScenarioBase;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.support.testing.TopicReader;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Final slashes, published on athgrid.slashing as the checker-service's relay would, refund the customers once. */
class SlashRefundIT extends SchedulerScenarioBase {

    private static final String ENTERPRISE = "ent-slashing";

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_slash_refunds_what_its_container_was_charged_for_the_affected_period_once_however_often_it_arrives() {
        String service = uniqueService();
        Fleet.Container host = fleet.standby("0x" + "8".repeat(40), 8, service, "2.00");
        awaitMarketOffers(service);
        String orderId = ServiceHttp.json(submit(ENTERPRISE, onDemand(service, 8, 1, "2.00"))).get("orderId").asString();
        JsonNode running = awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/status").asString().equals("RUNNING"),
                "RUNNING");
        String jobId = running.at("/job/jobId").asString();
        await(() -> bill(ENTERPRISE, orderId).get("charges").size() >= 5, "five metered charges");
        JsonNode charges = bill(ENTERPRISE, orderId).get("charges");
        // From within the second charge's first second to the end of the fourth: whole seconds, so charges 2-4.
        Instant from = start(charges.get(1)).plusMillis(300);
        Instant to = end(charges.get(3));

        EventEnvelope<PlatformEvent> slash = events.publish(new SlashExecuted("slash-" + UUID.randomUUID(), host.id(),
                host.owner(), "UNDER_DELIVERY", BigInteger.TEN.pow(21), "0xevidence", from, to, Instant.now()));

        await(() -> slashRefunds(orderId).size() == 3, "refunds of the three affected charges");
        List<JsonNode> refunds = slashRefunds(orderId);
        for (int i = 0; i < 3; i++) {
            JsonNode charge = charges.get(i + 1);
            JsonNode refund = refunds.get(i);
            assertThat(refund.get("chargeId").asString()).isEqualTo(charge.get("id").asString());
            assertThat(refund.get("span")).isEqualTo(charge.get("span"));
            assertThat(refund.get("split")).isEqualTo(charge.get("split"));
            assertThat(refund.get("reason").asString()).isEqualTo("SLASH_UNDER_DELIVERY");
        }
        assertThat(order(ENTERPRISE, orderId).at("/job/status").asString()).as("a slash alone moves no job")
                .isEqualTo("RUNNING");

        // The relay delivers the same envelope again; a re-published slash comes under a new event id.
        events.send(slash);
        UUID again = events.publish(slash.payload()).eventId();
        await(() -> jdbc.sql("select count(*) from processed_event where consumer = 'SlashRefunds' and event_id = ?")
                .param(again).query(Long.class).single() == 1, "the re-published slash handled");

        assertThat(slashRefunds(orderId)).hasSize(3);
        try (TopicReader billing = new TopicReader(kafka, Topics.BILLING)) {
            List<ConsumerRecord<String, String>> issued = billing.readUntil(records -> records.stream()
                    .filter(record -> isSlashRefund(record, jobId)).count() >= 3, Duration.ofSeconds(20));
            assertThat(issued.stream().filter(record -> isSlashRefund(record, jobId))).hasSize(3);
        }
        post(Caller.enterprise(ENTERPRISE), "/orders/" + orderId + "/cancel");
    }

    @Test
    void a_slash_over_time_already_refunded_for_the_host_going_offline_refunds_only_what_was_left() {
        String service = uniqueService();
        Fleet.Container first = fleet.standby("0x" + "9".repeat(40), 8, service, "2.00");
        fleet.standby("0x" + "a".repeat(40), 8, service, "3.00");
        awaitMarketOffers(service);
        String orderId = ServiceHttp.json(submit(ENTERPRISE, onDemand(service, 8, 1, "3.00"))).get("orderId").asString();
        awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/status").asString().equals("RUNNING"), "RUNNING");
        await(() -> bill(ENTERPRISE, orderId).get("charges").size() >= 6, "charges of the first container");
        fleet.status(first, "SERVING", "OFFLINE", "HEARTBEATS_MISSED");
        awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/placement").asInt() == 2, "moved to the second container");
        JsonNode usage = ServiceHttp.json(get(Caller.enterprise(ENTERPRISE), "/orders/" + orderId + "/usage"));
        Instant lost = Instant.parse(usage.at("/leases/0/endedAt").asString());
        assertThat(refunds(orderId, "CONTAINER_OFFLINE")).isNotEmpty();

        // The checkers saw the host fail two seconds before the registry's estimate, and until well after.
        events.publish(new SlashExecuted("slash-" + UUID.randomUUID(), first.id(), first.owner(),
                "OFFLINE_WHILE_SERVING", BigInteger.TEN.pow(20), "0xevidence", lost.minusSeconds(2),
                lost.plusSeconds(30), Instant.now()));

        await(() -> !refunds(orderId, "SLASH_OFFLINE_WHILE_SERVING").isEmpty(), "the slash's refunds");
        List<JsonNode> slashed = refunds(orderId, "SLASH_OFFLINE_WHILE_SERVING");
        assertThat(slashed.stream().mapToLong(SlashRefundIT::seconds).sum()).isEqualTo(2);
        for (JsonNode refund : slashed) {
            assertThat(start(refund)).isAfterOrEqualTo(lost.minusSeconds(2));
            assertThat(end(refund)).isBeforeOrEqualTo(lost);
        }
        JsonNode bill = bill(ENTERPRISE, orderId);
        for (JsonNode charge : bill.get("charges")) {
            if (!charge.get("containerId").asString().equals(first.id())) {
                continue;
            }
            List<JsonNode> ofCharge = new ArrayList<>();
            bill.get("refunds").forEach(refund -> {
                if (refund.get("chargeId").asString().equals(charge.get("id").asString())) {
                    ofCharge.add(refund);
                }
            });
            ofCharge.sort(Comparator.comparing(SlashRefundIT::start));
            for (int i = 1; i < ofCharge.size(); i++) {
                assertThat(start(ofCharge.get(i))).as("refunds of one charge never overlap")
                        .isAfterOrEqualTo(end(ofCharge.get(i - 1)));
            }
            BigInteger refundedWei = ofCharge.stream().map(refund -> new BigInteger(refund.at("/split/amountWei")
                    .asString())).reduce(BigInteger.ZERO, BigInteger::add);
            assertThat(refundedWei).isLessThanOrEqualTo(new BigInteger(charge.at("/split/amountWei").asString()));
        }
        post(Caller.enterprise(ENTERPRISE), "/orders/" + orderId + "/cancel");
    }

    private List<JsonNode> slashRefunds(String orderId) {
        return refunds(orderId, "SLASH_UNDER_DELIVERY");
    }

    private List<JsonNode> refunds(String orderId, String reason) {
        List<JsonNode> found = new ArrayList<>();
        bill(ENTERPRISE, orderId).get("refunds").forEach(refund -> {
            if (refund.get("reason").asString().equals(reason)) {
                found.add(refund);
            }
        });
        found.sort(Comparator.comparing(SlashRefundIT::start));
        return found;
    }

    private static boolean isSlashRefund(ConsumerRecord<String, String> record, String jobId) {
        return jobId.equals(record.key()) && "RefundIssued".equals(TopicReader.header(record, "eventType"))
                && record.value().contains("SLASH_UNDER_DELIVERY");
    }

    private static Instant start(JsonNode entry) {
        return Instant.parse(entry.at("/span/start").asString());
    }

    private static Instant end(JsonNode entry) {
        return Instant.parse(entry.at("/span/end").asString());
    }

    private static long seconds(JsonNode entry) {
        return Duration.between(start(entry), end(entry)).toSeconds();
    }
}
