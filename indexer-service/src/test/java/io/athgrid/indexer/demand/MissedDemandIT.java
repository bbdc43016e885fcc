package io.athgrid.indexer.demand;

import static io.athgrid.indexer.fixtures.IndexerScenario.SCHEDULER;
import static io.athgrid.indexer.fixtures.IndexerScenario.newJob;
import static io.athgrid.indexer.fixtures.IndexerScenario.removed;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.indexer.fixtures.IndexerScenarioBase;
import io.athgrid.support.identity.Caller;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MissedDemandIT extends IndexerScenarioBase {

    private final String provider = wallet();
    private final String otherProvider = wallet();

    @Test
    void no_match_answers_409_with_the_reasons_and_is_recorded_as_missed_demand() {
        scenario.standby(provider, 1, "4.00");
        scenario.standby(provider, 1, "4.50");
        scenario.standby(otherProvider, 1, "2.00", "ap-northeast");
        String job = newJob();

        HttpResponse<String> response = scenario.reserve(SCHEDULER, scenario.body(job, 1, 1, "3.00", 600));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(removed(problem, "PRICE")).isEqualTo(2);
        assertThat(removed(problem, "LATENCY")).isEqualTo(1);
        assertThat(problem.path("candidates").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(scenario.count("missed_demand where job_id = '" + job + "'")).isEqualTo(1);
        assertThat(scenario.count("reservation where job_id = '" + job + "'")).isZero();
        List<String> removals = scenario.jdbc.sql("""
                select r.owner || ':' || r.reason || ':' || r.removals from missed_demand_owner r
                join missed_demand d on d.id = r.missed_demand_id
                where d.job_id = ? and d.service = ? and r.owner in (?, ?)""")
                .params(job, scenario.service, provider, otherProvider).query(String.class).list();
        assertThat(removals).containsExactlyInAnyOrder(provider + ":PRICE:2", otherProvider + ":LATENCY:1");
    }

    @Test
    void missed_demand_is_aggregated_per_provider_and_a_wallet_sees_only_its_own() {
        scenario.standby(provider, 1, "5.00");
        scenario.standby(otherProvider, 1, "5.00");
        for (int i = 0; i < 2; i++) {
            assertThat(scenario.reserve(SCHEDULER, scenario.body(newJob(), 1, 1, "3.00", 600)).statusCode())
                    .isEqualTo(409);
        }

        JsonNode own = json(scenario.get(Caller.wallet(provider), "/missed-demand"));
        JsonNode asOperator = json(scenario.get(SCHEDULER, "/missed-demand?owner=" + otherProvider));
        HttpResponse<String> foreign = scenario.get(Caller.wallet(provider), "/missed-demand?owner=" + otherProvider);

        assertThat(own.path("items")).hasSize(1);
        JsonNode item = own.path("items").get(0);
        assertThat(item.path("owner").asString()).isEqualTo(provider);
        assertThat(item.path("gpuModel").asString()).isEqualTo("H100_SXM");
        assertThat(item.path("region").asString()).isEqualTo("eu-west");
        assertThat(item.path("reasons").path("PRICE").asLong()).isEqualTo(2);
        assertThat(item.path("reasons").path("SPEC").asLong()).isZero();
        assertThat(item.path("total").asLong()).isEqualTo(2);
        assertThat(asOperator.path("items")).singleElement()
                .satisfies(other -> assertThat(other.path("owner").asString()).isEqualTo(otherProvider));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(scenario.get(SCHEDULER, "/missed-demand?from=2026-13-01").statusCode()).isEqualTo(400);
    }

    /** A fresh provider wallet per test, so aggregates hold only this test's misses. */
    private static String wallet() {
        return "0x" + UUID.randomUUID().toString().replace("-", "") + "00000000";
    }
}
