package io.athgrid.indexer.reservation;

import static io.athgrid.indexer.fixtures.IndexerScenario.PROVIDER;
import static io.athgrid.indexer.fixtures.IndexerScenario.SCHEDULER;
import static io.athgrid.indexer.fixtures.IndexerScenario.removed;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.indexer.fixtures.IndexerScenarioBase;
import io.athgrid.support.identity.Caller;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MatchPreviewIT extends IndexerScenarioBase {

    @Test
    void a_preview_ranks_the_candidates_or_says_why_none_fit_without_writing() {
        String cheap = scenario.standby(PROVIDER, 1, "2.00");
        scenario.standby(PROVIDER, 1, "2.40");
        scenario.standby(PROVIDER, 1, "3.40");
        long missedBefore = scenario.count("missed_demand");
        long reservationsBefore = scenario.count("reservation");
        String query = "/matches/preview?gpuModel=H100_SXM&gpusPerNode=1&nodes=1&region=eu-west&service="
                + scenario.service + "&policy=LOWEST_FEE&maxPriceUsdPerGpuHour=";
        Caller customer = Caller.enterprise("acme");

        JsonNode preview = json(scenario.get(customer, query + "3.00"));
        JsonNode none = json(scenario.get(customer, query + "1.00"));

        assertThat(preview.path("matched").asBoolean()).isTrue();
        assertThat(preview.path("ranked")).hasSize(2);
        assertThat(preview.path("ranked").get(0).path("containerId").asString()).isEqualTo(cheap);
        assertThat(preview.path("ranked").get(0).path("latencyMs").asInt()).isEqualTo(5);
        assertThat(none.path("matched").asBoolean()).isFalse();
        assertThat(removed(none, "PRICE")).isEqualTo(3);
        assertThat(scenario.get(SCHEDULER, query + "abc").statusCode()).isEqualTo(400);
        assertThat(scenario.get(SCHEDULER, query.replace("eu-west", "mars") + "3.00").statusCode()).isEqualTo(400);
        assertThat(scenario.count("missed_demand")).isEqualTo(missedBefore);
        assertThat(scenario.count("reservation")).isEqualTo(reservationsBefore);
    }
}
