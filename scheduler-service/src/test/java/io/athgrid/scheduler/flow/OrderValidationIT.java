package io.athgrid.scheduler.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.scheduler.fixtures.SchedulerScenarioBase;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class OrderValidationIT extends SchedulerScenarioBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void bad_orders_are_refused_as_problems_naming_the_fields_and_write_nothing() {
        String service = uniqueService();
        fleet.standby("0x" + "8".repeat(40), 8, service, "2.00");
        awaitMarketOffers(service);
        long ordersBefore = count();
        String valid = onDemand(service, 8, 1, "2.50");

        assertRefused(valid.replace("\"gpusPerNode\": 8", "\"gpusPerNode\": 17"), "gpusPerNode");
        assertRefused(valid.replace("\"nodes\": 1", "\"nodes\": 0"), "nodes");
        assertRefused(valid.replace("\"region\": \"us-east\"", "\"region\": \"mars-north\""), "region");
        assertRefused(valid.replace("\"service\": \"" + service + "\"", "\"service\": \"no-such-svc\""), "service");
        assertRefused(valid.replace("\"maxPriceUsdPerGpuHour\": 2.50", "\"maxPriceUsdPerGpuHour\": 1.99"),
                "maxPriceUsdPerGpuHour");
        assertRefused(valid.replace("\"maxPriceUsdPerGpuHour\": 2.50", "\"maxPriceUsdPerGpuHour\": -1"),
                "maxPriceUsdPerGpuHour");
        assertRefused(valid.replace("\"policy\"", "\"durationSeconds\": 0, \"policy\""), "durationSeconds");
        assertRefused(valid.replace("\"policy\"", "\"durationSeconds\": -60, \"policy\""), "durationSeconds");
        assertRefused(valid.replace("\"policy\"", "\"minVramGbPerGpu\": 200, \"policy\""), "minVramGbPerGpu");
        assertRefused(valid.replace("ON_DEMAND", "RESERVED"), "durationSeconds");
        assertRefused(valid.replace("H100_SXM", "H900"), "gpuModel");

        assertThat(count()).isEqualTo(ordersBefore);
    }

    @Test
    void an_enterprise_sees_only_its_own_orders_and_wallets_cannot_order() {
        String service = uniqueService();
        fleet.standby("0x" + "9".repeat(40), 8, service, "2.00");
        awaitMarketOffers(service);
        String orderId = ServiceHttp.json(submit("ent-alpha", onDemand(service, 1, 1, "2.50"))).get("orderId").asString();

        assertThat(get(Caller.enterprise("ent-beta"), "/orders/" + orderId).statusCode()).isEqualTo(404);
        assertThat(get(Caller.enterprise("ent-beta"), "/orders/" + orderId + "/bill").statusCode()).isEqualTo(404);
        assertThat(post(Caller.enterprise("ent-beta"), "/orders/" + orderId + "/cancel").statusCode()).isEqualTo(404);
        assertThat(ids(get(Caller.enterprise("ent-beta"), "/orders"))).doesNotContain(orderId);
        assertThat(ids(get(Caller.enterprise("ent-alpha"), "/orders"))).contains(orderId);
        assertThat(ids(get(Caller.operator("0x" + "a".repeat(40)), "/orders?size=200"))).contains(orderId);
        HttpResponse<String> wallet = http.post("/orders", onDemand(service, 1, 1, "2.50"), "Authorization",
                ServiceHttp.bearer(tokens.issue(Caller.wallet("0x" + "b".repeat(40)), "it")));
        assertThat(wallet.statusCode()).isEqualTo(403);
        post(Caller.enterprise("ent-alpha"), "/orders/" + orderId + "/cancel");
    }

    private void assertRefused(String body, String field) {
        HttpResponse<String> response = submit("ent-validation", body);
        assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        ServiceHttp.json(response).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).as(response.body()).contains(field);
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode order : ServiceHttp.json(response)) {
            ids.add(order.get("orderId").asString());
        }
        return ids;
    }

    private long count() {
        return jdbc.sql("select count(*) from job_order").query(Long.class).single();
    }
}
