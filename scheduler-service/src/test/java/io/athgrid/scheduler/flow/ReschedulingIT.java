package io.athgrid.scheduler.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.Topics;
import io.athgrid.scheduler.fixtures.Fleet;
import io.athgrid.scheduler.fixtures.SchedulerScenarioBase;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.support.testing.TopicReader;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

class ReschedulingIT extends SchedulerScenarioBase {

    private static final String ENTERPRISE = "ent-rescheduling";

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void a_container_going_offline_moves_the_job_and_refunds_the_affected_period() {
        String service = uniqueService();
        Fleet.Container first = fleet.standby("0x" + "4".repeat(40), 8, service, "2.00");
        Fleet.Container second = fleet.standby("0x" + "5".repeat(40), 8, service, "3.00");
        awaitMarketOffers(service);
        String orderId = ServiceHttp.json(submit(ENTERPRISE, onDemand(service, 8, 1, "3.00"))).get("orderId").asString();
        JsonNode running = awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/status").asString().equals("RUNNING"),
                "RUNNING on the first container");
        assertThat(running.at("/job/containers/0/containerId").asString()).isEqualTo(first.id());
        await(() -> bill(ENTERPRISE, orderId).get("charges").size() >= 6, "charges of the first container");

        fleet.status(first, "SERVING", "OFFLINE", "HEARTBEATS_MISSED");

        JsonNode moved = awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/placement").asInt() == 2
                && o.at("/job/status").asString().equals("RUNNING"), "RUNNING again on another container");
        assertThat(moved.at("/job/containers/0/containerId").asString()).isEqualTo(second.id());
        JsonNode bill = bill(ENTERPRISE, orderId);
        assertThat(bill.get("refunds")).isNotEmpty();
        for (JsonNode refund : bill.get("refunds")) {
            assertThat(refund.get("reason").asString()).isEqualTo("CONTAINER_OFFLINE");
            assertThat(refund.get("containerId").asString()).isEqualTo(first.id());
            assertThat(new BigInteger(refund.at("/split/protocolFeeWei").asString())
                    .add(new BigInteger(refund.at("/split/providerFeeWei").asString())))
                    .isEqualTo(new BigInteger(refund.at("/split/amountWei").asString()));
        }
        // Whatever of the first container was charged after the affected period began (3 s before OFFLINE) is refunded.
        JsonNode usage = ServiceHttp.json(get(Caller.enterprise(ENTERPRISE), "/orders/" + orderId + "/usage"));
        Instant firstEnded = Instant.parse(usage.at("/leases/0/endedAt").asString());
        assertThat(usage.at("/leases/0/endReason").asString()).isEqualTo("CONTAINER_OFFLINE");
        int refundedCharges = 0;
        for (JsonNode charge : bill.get("charges")) {
            Instant end = Instant.parse(charge.at("/span/end").asString());
            if (!charge.get("containerId").asString().equals(first.id()) || !end.isAfter(firstEnded)) {
                continue;
            }
            JsonNode refund = refundOf(bill, charge.get("id").asString());
            Instant start = Instant.parse(charge.at("/span/start").asString());
            assertThat(Instant.parse(refund.at("/span/start").asString()))
                    .isEqualTo(start.isAfter(firstEnded) ? start : firstEnded);
            assertThat(Instant.parse(refund.at("/span/end").asString())).isEqualTo(end);
            refundedCharges++;
        }
        assertThat(refundedCharges).isEqualTo(bill.get("refunds").size());
        BigInteger charged = new BigInteger(bill.at("/totals/chargedWei").asString());
        BigInteger refunded = new BigInteger(bill.at("/totals/refundedWei").asString());
        assertThat(refunded).isPositive().isLessThan(charged);
        assertThat(new BigInteger(bill.at("/totals/dueWei").asString())).isEqualTo(charged.subtract(refunded));

        String jobId = running.at("/job/jobId").asString();
        try (TopicReader jobs = new TopicReader(kafka, Topics.JOBS)) {
            assertThat(jobs.readUntil(records -> records.stream().anyMatch(r -> r.key().equals(jobId)
                    && r.value().contains("LeaseExpired")), Duration.ofSeconds(20)))
                    .anyMatch(r -> r.key().equals(jobId) && r.value().contains("LeaseExpired")
                            && r.value().contains("CONTAINER_OFFLINE") && r.value().contains(first.id()));
        }
    }

    private static JsonNode refundOf(JsonNode bill, String chargeId) {
        for (JsonNode refund : bill.get("refunds")) {
            if (refund.get("chargeId").asString().equals(chargeId)) {
                return refund;
            }
        }
        throw new AssertionError("no refund of charge " + chargeId + " in " + bill);
    }

    @Test
    void a_reserved_order_is_charged_per_period_in_advance_and_a_halt_waives_the_current_period() {
        String service = uniqueService();
        Fleet.Container first = fleet.standby("0x" + "6".repeat(40), 4, service, "1.50");
        Fleet.Container second = fleet.standby("0x" + "7".repeat(40), 4, service, "1.60");
        awaitMarketOffers(service);
        JsonNode order = ServiceHttp.json(submit(ENTERPRISE, """
                {"kind": "RESERVED", "gpuModel": "H100_SXM", "gpusPerNode": 4, "nodes": 1, "region": "us-east",
                 "service": "%s", "maxPriceUsdPerGpuHour": 2, "policy": "LOWEST_FEE", "durationSeconds": 40}"""
                .formatted(service)));
        String orderId = order.get("orderId").asString();
        awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/status").asString().equals("RUNNING"), "RUNNING");
        await(() -> bill(ENTERPRISE, orderId).get("charges").size() == 1, "the first period charged in advance");
        JsonNode periodCharge = bill(ENTERPRISE, orderId).get("charges").get(0);
        Instant anchor = Instant.parse(order.get("startsAt").asString());
        assertThat(Instant.parse(periodCharge.at("/span/end").asString())).isEqualTo(anchor.plusSeconds(20));

        fleet.status(first, "SERVING", "HALTED", "SLASHED");

        JsonNode moved = awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/placement").asInt() == 2
                && o.at("/job/status").asString().equals("RUNNING"), "RUNNING on the second container");
        assertThat(moved.at("/job/containers/0/containerId").asString()).isEqualTo(second.id());
        JsonNode bill = bill(ENTERPRISE, orderId);
        assertThat(bill.get("refunds")).hasSize(1);
        assertThat(bill.at("/refunds/0/amountUsd").decimalValue()).isEqualByComparingTo(
                periodCharge.get("amountUsd").decimalValue());
        assertThat(bill.at("/refunds/0/reason").asString()).isEqualTo("CONTAINER_HALTED");
        // The replacement serves the rest of the waived period free: no charge until the next period begins.
        for (JsonNode charge : bill.get("charges")) {
            if (charge.get("containerId").asString().equals(second.id())) {
                assertThat(Instant.parse(charge.at("/span/start").asString())).isAfterOrEqualTo(anchor.plusSeconds(20));
            }
        }
    }
}
