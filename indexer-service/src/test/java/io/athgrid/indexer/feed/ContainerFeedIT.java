package io.athgrid.indexer.feed;

import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.athgrid.indexer.fixtures.Indexed;
import io.athgrid.indexer.RecordedRegistryInitializer;
import io.athgrid.indexer.fixtures.ContainerEvents;
import io.athgrid.indexer.fixtures.IndexerScenarioBase;
import io.athgrid.indexer.index.IndexedContainer;
import io.athgrid.support.identity.Caller;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContainerFeedIT extends IndexerScenarioBase {

    private static final String OWNER = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";

    @Test
    void the_index_is_rebuilt_from_the_registry_on_start() {
        await().atMost(Duration.ofSeconds(30)).until(() -> Indexed.find(scenario.index, "6f1c1a52-3c1e-4b8e-9d0a-0d3c2b1a0003").isPresent());

        IndexedContainer serving = Indexed.find(scenario.index, "6f1c1a52-3c1e-4b8e-9d0a-0d3c2b1a0003").orElseThrow();
        assertThat(serving.status()).isEqualTo("SERVING");
        assertThat(serving.offer().gpuModel()).isEqualTo("RTX_4090");
        assertThat(RecordedRegistryInitializer.REGISTRY.authorizations()).allMatch(header -> header.startsWith("Bearer "));
    }

    @Test
    void container_events_on_kafka_reach_the_index_in_order() {
        ContainerEvents events = scenario.events;

        String id = events.standby(OWNER, "H200", 8, scenario.service, "us-west", "3.10");
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id).filter("STANDBY"::equals).isPresent());

        events.offer(id, OWNER, "H200", 4, scenario.service, "2.80");
        events.status(id, OWNER, "STANDBY", "SERVING");
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id).filter("SERVING"::equals).isPresent());

        IndexedContainer container = Indexed.find(scenario.index, id).orElseThrow();
        assertThat(container.owner()).isEqualTo(OWNER);
        assertThat(container.offer().gpuCount()).isEqualTo(4);
        assertThat(container.offer().priceUsdPerGpuHour()).isEqualByComparingTo("2.80");
        assertThat(container.offer().region()).isEqualTo("us-west");
        assertThat(container.qosScore()).isEqualTo(0.5);
    }

    @Test
    void capacity_counts_the_index_by_status_gpu_model_and_region_for_any_caller() {
        await().atMost(Duration.ofSeconds(30)).until(() -> Indexed.find(scenario.index, "6f1c1a52-3c1e-4b8e-9d0a-0d3c2b1a0002").isPresent());

        HttpResponse<String> response = scenario.get(Caller.wallet(OWNER), "/capacity");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode counts = json(response);
        assertThat(counts.path("containers").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(counts.path("byGpuModel").path("A100").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(counts.path("byRegion").path("ap-southeast").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(counts.path("byStatus").path("CHECKING").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(scenario.http.get("/capacity").statusCode()).isEqualTo(401);
    }

    private Optional<String> status(String id) {
        return Indexed.find(scenario.index, id).map(IndexedContainer::status);
    }
}
