package io.athgrid.indexer.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.indexer.fixtures.Containers;
import io.athgrid.indexer.fixtures.Latencies;
import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.index.ContainerOffer;
import io.athgrid.protocol.container.Region;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyTableTest {

    private final LatencyTable defaults = Latencies.defaults();

    @Test
    void the_configured_defaults_cover_every_pair_of_regions_symmetrically() {
        for (Region from : Region.values()) {
            for (Region to : Region.values()) {
                assertThat(defaults.rttMs(from, to)).as(from + " -> " + to).isEqualTo(defaults.rttMs(to, from));
                assertThat(defaults.rttMs(from, to)).as(from + " -> " + to).isPositive();
            }
        }
    }

    @Test
    void the_defaults_hold_the_design_figures() {
        assertThat(defaults.rttMs(Region.EU_WEST, Region.EU_WEST)).isEqualTo(5);
        assertThat(defaults.rttMs(Region.US_EAST, Region.EU_WEST)).isEqualTo(75);
        assertThat(defaults.rttMs(Region.AP_SOUTHEAST, Region.EU_WEST)).isEqualTo(160);
    }

    @Test
    void a_remote_region_is_farther_than_the_own_region() {
        for (Region from : Region.values()) {
            for (Region to : Region.values()) {
                if (from != to) {
                    assertThat(defaults.rttMs(from, to)).isGreaterThan(defaults.rttMs(from, from));
                }
            }
        }
    }

    @Test
    void an_unknown_region_code_has_no_latency() {
        assertThat(offerIn("moon-base").knownRegion()).isNull();
        assertThat(defaults.rttMs(Region.EU_WEST, offerIn("us-east").knownRegion())).isEqualTo(75);
    }

    @Test
    void a_missing_pair_is_refused() {
        assertThatThrownBy(() -> LatencyTable.of(5, Map.of("us-east", Map.of("eu-west", 75))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no latency between");
    }

    @Test
    void a_pair_given_twice_must_agree_and_codes_must_be_known() {
        assertThatThrownBy(() -> LatencyTable.of(5, Map.of("us-east", Map.of("eu-west", 75),
                "eu-west", Map.of("us-east", 80))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("configured twice");
        assertThatThrownBy(() -> LatencyTable.of(5, Map.of("us-east", Map.of("atlantis", 75))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown region");
    }

    private static ContainerOffer offerIn(String region) {
        return Containers.in(new CapacityIndex(0.5)).region(region).offer();
    }
}
