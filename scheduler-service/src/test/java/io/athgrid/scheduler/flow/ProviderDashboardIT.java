package io.athgrid.scheduler.flow;

import static io.athgrid.support.testing.ServiceHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.scheduler.fixtures.Fleet;
import io.athgrid.scheduler.fixtures.SchedulerScenarioBase;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A provider's leases and fees through its own eyes, checked to the wei against the customer's bill:
 * an order served on one container, moved to the provider's second container when the first went
 * offline (a downtime refund), then cancelled.
 */
class ProviderDashboardIT extends SchedulerScenarioBase {

    private static final String ENTERPRISE = "ent-dashboard";
    /** Announced in mixed (checksum-like) case; the wallet's token carries it lower-case. */
    private static final String PROVIDER = "0x" + "Fa".repeat(20);
    private static final Caller PROVIDER_WALLET = Caller.wallet(PROVIDER);
    private static final Caller STRANGER = Caller.wallet("0x" + "fb".repeat(20));
    private static final Caller OPERATOR = Caller.operator("0x" + "fc".repeat(20));

    @Test
    void a_provider_sees_its_leases_and_daily_fees_net_of_refunds_to_the_wei_and_nobody_else_does() {
        String service = uniqueService();
        Fleet.Container first = fleet.standby(PROVIDER, 8, service, "2.10");
        Fleet.Container second = fleet.standby(PROVIDER, 8, service, "2.40");
        awaitMarketOffers(service);
        String orderId = ServiceHttp.json(submit(ENTERPRISE, onDemand(service, 8, 1, "2.50"))).get("orderId").asString();
        String jobId = awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/status").asString().equals("RUNNING"),
                "RUNNING on the cheaper container").at("/job/jobId").asString();
        await(() -> bill(ENTERPRISE, orderId).get("charges").size() >= 4, "charges of the first container");
        fleet.status(first, "SERVING", "OFFLINE", "HEARTBEATS_MISSED");
        awaitOrder(ENTERPRISE, orderId, o -> o.at("/job/placement").asInt() == 2
                && o.at("/job/status").asString().equals("RUNNING"), "RUNNING again on the second container");

        JsonNode open = leases(PROVIDER_WALLET, "?active=true");
        assertThat(open).hasSize(1);
        assertThat(open.at("/0/containerId").asString()).isEqualTo(second.id());
        assertThat(open.at("/0/endedAt").isNull()).as("present, and null").isTrue();

        await(() -> charges(bill(ENTERPRISE, orderId), second.id()) >= 2, "charges of the second container");
        post(Caller.enterprise(ENTERPRISE), "/orders/" + orderId + "/cancel");
        JsonNode bill = bill(ENTERPRISE, orderId);
        assertThat(bill.get("refunds")).as("the downtime refund").isNotEmpty();

        JsonNode leases = leases(PROVIDER_WALLET, "");
        assertThat(leases).hasSize(2);
        JsonNode newest = leases.get(0);
        JsonNode oldest = leases.get(1);
        assertThat(newest.get("containerId").asString()).isEqualTo(second.id());
        assertThat(oldest.get("containerId").asString()).isEqualTo(first.id());
        assertThat(oldest.get("endReason").asString()).isEqualTo("CONTAINER_OFFLINE");
        assertThat(oldest.get("priceUsdPerGpuHour").asString()).isEqualTo("2.10");
        assertThat(newest.get("priceUsdPerGpuHour").asString()).isEqualTo("2.40");
        for (JsonNode lease : leases) {
            String leaseId = lease.get("leaseId").asString();
            assertThat(lease.get("jobId").asString()).isEqualTo(jobId);
            assertThat(lease.get("gpus").asInt()).isEqualTo(8);
            assertThat(lease.get("gpuSeconds").asLong()).isPositive().isEqualTo(gpuSecondsCharged(bill, leaseId));
            assertThat(lease.get("providerFeeWei").asString()).isEqualTo(providerFeeNet(bill, leaseId).toString());
            assertThat(lease.has("orderId") || lease.has("enterpriseId")).as("no customer identity").isFalse();
        }
        assertThat(new BigInteger(oldest.get("providerFeeWei").asString()))
                .as("the refund came off the first lease").isLessThan(providerFeeCharged(bill, first.id()));
        assertThat(leases(PROVIDER_WALLET, "?containerId=" + first.id())).singleElement()
                .satisfies(lease -> assertThat(lease.get("leaseId")).isEqualTo(oldest.get("leaseId")));
        assertThat(leases(PROVIDER_WALLET, "?active=true")).isEmpty();
        assertThat(leases(PROVIDER_WALLET, "?limit=1")).singleElement()
                .satisfies(lease -> assertThat(lease.get("leaseId")).isEqualTo(newest.get("leaseId")));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode fees = fees(PROVIDER_WALLET, "?from=" + today.minusDays(1) + "&to=" + today);
        assertThat(fees.get("owner").asString()).isEqualTo(PROVIDER.toLowerCase(Locale.ROOT));
        Map<String, BigInteger[]> expected = dailyFees(bill);
        Map<String, BigInteger[]> shown = new HashMap<>();
        BigInteger total = BigInteger.ZERO;
        for (JsonNode day : fees.get("days")) {
            BigInteger[] sums = {new BigInteger(day.get("feesWei").asString()),
                    new BigInteger(day.get("refundsWei").asString())};
            shown.put(day.get("day").asString() + "/" + day.get("containerId").asString(), sums);
            assertThat(new BigInteger(day.get("netWei").asString())).isEqualTo(sums[0].subtract(sums[1]));
            total = total.add(sums[0].subtract(sums[1]));
            if (day.get("day").asString().equals(today.toString())) {
                assertThat(day.get("accrued").asBoolean()).as("accrues at the next 00:00 UTC").isFalse();
                assertThat(day.get("accruedWei").isNull() && day.get("vestsAt").isNull()).isTrue();
            }
        }
        assertThat(shown).containsOnlyKeys(expected.keySet());
        expected.forEach((key, sums) -> assertThat(shown.get(key)).as(key).containsExactly(sums));
        assertThat(fees.get("totalNetWei").asString()).isEqualTo(total.toString())
                .isEqualTo(bill.at("/totals/providerFeesWei").asString());

        // Nobody else sees any of it; operators see all of it.
        assertThat(leases(STRANGER, "")).isEmpty();
        assertThat(leases(STRANGER, "?containerId=" + first.id())).isEmpty();
        JsonNode strangersFees = fees(STRANGER, "?from=" + today + "&to=" + today);
        assertThat(strangersFees.get("days")).isEmpty();
        assertThat(strangersFees.get("totalNetWei").asString()).isEqualTo("0");
        assertForbidden(get(STRANGER, "/provider/leases?owner=" + PROVIDER));
        assertForbidden(get(STRANGER, "/provider/fees?owner=" + PROVIDER + "&from=" + today + "&to=" + today));
        assertForbidden(get(Caller.enterprise(ENTERPRISE), "/provider/leases"));
        assertThat(leases(OPERATOR, "?owner=" + PROVIDER)).isEqualTo(leases);
        assertThat(leases(OPERATOR, "?containerId=" + second.id())).singleElement()
                .satisfies(lease -> assertThat(lease.get("leaseId")).isEqualTo(newest.get("leaseId")));
        assertThat(fees(OPERATOR, "?owner=" + PROVIDER + "&from=" + today.minusDays(1) + "&to=" + today))
                .isEqualTo(fees);
    }

    @Test
    void bad_parameters_are_problems_naming_the_parameter() {
        assertBadRequest("/provider/leases?limit=0", "limit");
        assertBadRequest("/provider/leases?limit=201", "limit");
        assertBadRequest("/provider/leases?limit=many", "limit");
        assertBadRequest("/provider/leases?active=yes", "active");
        assertBadRequest("/provider/leases?owner=0x1234", "owner");
        assertBadRequest("/provider/fees?to=2026-11-25", "from");
        assertBadRequest("/provider/fees?from=2026-11-26&to=2026-11-25", "from");
        assertBadRequest("/provider/fees?from=2026-08-24&to=2026-11-25", "to");
        assertBadRequest("/provider/fees?from=2026-11-01&to=2026-11-31", "to");
    }

    private JsonNode leases(Caller caller, String query) {
        return ok(get(caller, "/provider/leases" + query));
    }

    private JsonNode fees(Caller caller, String query) {
        return ok(get(caller, "/provider/fees" + query));
    }

    private void assertBadRequest(String path, String field) {
        HttpResponse<String> response = get(STRANGER, path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        ServiceHttp.json(response).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).as(response.body()).containsExactly(field);
    }

    private static void assertForbidden(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static int charges(JsonNode bill, String containerId) {
        int count = 0;
        for (JsonNode charge : bill.get("charges")) {
            count += charge.get("containerId").asString().equals(containerId) ? 1 : 0;
        }
        return count;
    }

    private static long gpuSecondsCharged(JsonNode bill, String leaseId) {
        long seconds = 0;
        for (JsonNode charge : bill.get("charges")) {
            seconds += charge.get("leaseId").asString().equals(leaseId) ? charge.get("gpuSeconds").asLong() : 0;
        }
        return seconds;
    }

    private static BigInteger providerFeeCharged(JsonNode bill, String containerId) {
        BigInteger fees = BigInteger.ZERO;
        for (JsonNode charge : bill.get("charges")) {
            if (charge.get("containerId").asString().equals(containerId)) {
                fees = fees.add(providerFee(charge));
            }
        }
        return fees;
    }

    /** The lease's charges' provider shares less their refunds' (refunds name the charge, not the lease). */
    private static BigInteger providerFeeNet(JsonNode bill, String leaseId) {
        BigInteger net = BigInteger.ZERO;
        List<String> chargeIds = new ArrayList<>();
        for (JsonNode charge : bill.get("charges")) {
            if (charge.get("leaseId").asString().equals(leaseId)) {
                chargeIds.add(charge.get("id").asString());
                net = net.add(providerFee(charge));
            }
        }
        for (JsonNode refund : bill.get("refunds")) {
            if (chargeIds.contains(refund.get("chargeId").asString())) {
                net = net.subtract(providerFee(refund));
            }
        }
        return net;
    }

    /** "day/container" -> {fees, refunds}: charges on the UTC day metered, refunds on the UTC day issued. */
    private static Map<String, BigInteger[]> dailyFees(JsonNode bill) {
        Map<String, BigInteger[]> days = new HashMap<>();
        for (JsonNode charge : bill.get("charges")) {
            BigInteger[] sums = days.computeIfAbsent(dayKey(charge, "meteredAt"), key -> zeros());
            sums[0] = sums[0].add(providerFee(charge));
        }
        for (JsonNode refund : bill.get("refunds")) {
            BigInteger[] sums = days.computeIfAbsent(dayKey(refund, "issuedAt"), key -> zeros());
            sums[1] = sums[1].add(providerFee(refund));
        }
        return days;
    }

    private static String dayKey(JsonNode row, String at) {
        return LocalDate.ofInstant(Instant.parse(row.get(at).asString()), ZoneOffset.UTC) + "/"
                + row.get("containerId").asString();
    }

    private static BigInteger[] zeros() {
        return new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO};
    }

    private static BigInteger providerFee(JsonNode row) {
        return new BigInteger(row.at("/split/providerFeeWei").asString());
    }
}
