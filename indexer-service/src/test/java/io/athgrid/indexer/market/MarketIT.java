package io.athgrid.indexer.market;

import static io.athgrid.indexer.fixtures.IndexerScenario.PROVIDER;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.athgrid.indexer.fixtures.IndexerScenarioBase;
import io.athgrid.support.identity.Caller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MarketIT extends IndexerScenarioBase {

    private static final Caller CUSTOMER = Caller.enterprise("acme");

    @Test
    void the_market_sums_up_the_containers_of_each_gpu_model_and_service_that_are_in_it() {
        scenario.standby(PROVIDER, 8, "2.50");
        String serving = scenario.standby(PROVIDER, 4, "1.85");
        String leaving = scenario.standby(PROVIDER, 2, "0.90");

        scenario.events.status(serving, PROVIDER, "STANDBY", "SERVING");
        scenario.events.status(leaving, PROVIDER, "STANDBY", "DISSOLVING");

        await().atMost(Duration.ofSeconds(30)).until(() -> offer().filter(o -> o.path("containers").asInt() == 2
                && o.path("standby").asInt() == 1).isPresent());
        JsonNode offer = offer().orElseThrow();
        assertThat(offer.path("gpuModel").asString()).isEqualTo("H100_SXM");
        assertThat(offer.path("gpus").asInt()).isEqualTo(12);
        assertThat(offer.path("minPriceUsdPerGpuHour").isNumber()).isTrue();
        assertThat(offer.path("minPriceUsdPerGpuHour").decimalValue()).isEqualByComparingTo("1.85");
    }

    @Test
    void offers_are_sorted_by_gpu_model_then_service_with_the_time_they_were_read() {
        scenario.standby(PROVIDER, 1, "2.00");

        JsonNode market = json(scenario.get(CUSTOMER, "/market"));

        assertThat(market.path("asOf").asString()).isNotBlank();
        List<String> keys = new ArrayList<>();
        market.path("offers").forEach(o -> keys.add(o.path("gpuModel").asString() + "\t" + o.path("service").asString()));
        assertThat(keys).contains("H100_SXM\t" + scenario.service).isSorted();
    }

    @Test
    void any_authenticated_caller_may_read_the_market_and_nobody_else() {
        assertThat(scenario.get(Caller.wallet(PROVIDER), "/market").statusCode()).isEqualTo(200);
        assertThat(scenario.http.get("/market").statusCode()).isEqualTo(401);
    }

    private Optional<JsonNode> offer() {
        for (JsonNode offer : json(scenario.get(CUSTOMER, "/market")).path("offers")) {
            if (offer.path("service").asString().equals(scenario.service)) {
                return Optional.of(offer);
            }
        }
        return Optional.empty();
    }
}
