package io.athgrid.indexer.matching;

import static io.athgrid.indexer.fixtures.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.indexer.fixtures.Containers;
import io.athgrid.indexer.fixtures.Latencies;
import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HardFiltersTest {

    private final CapacityIndex index = new CapacityIndex(0.5);
    private final Matcher matcher = new Matcher(Latencies.defaults(), new RankingWeights(0.4, 0.4, 0.2), 5);

    @Test
    void each_filter_removes_the_containers_that_fail_it_and_counts_them() {
        String fits = Containers.in(index).add("fits");
        Containers.in(index).status("SERVING").add("serving");
        Containers.in(index).status("OFFLINE").add("offline");
        Containers.in(index).services("game-streaming").add("no-vllm");
        Containers.in(index).gpus("A100", 8).add("a100");
        Containers.in(index).gpus("H100_SXM", 1).add("one-gpu");
        Containers.in(index).vram(40).add("small-vram");
        Containers.in(index).bandwidth(500).add("slow-link");
        Containers.in(index).region("ap-southeast").add("far-away");
        Containers.in(index).price("3.50").add("too-dear");
        Containers.in(index).add("taken");
        index.markReserved(List.of("taken"), true);

        MatchResult result = matcher.match(index, request().gpus(GpuModel.H100_SXM, 2).minVram(80)
                .minBandwidth(1_000).from(Region.EU_WEST, 100).build());

        assertThat(result.candidates()).isEqualTo(11);
        assertThat(result.ranked()).extracting(candidate -> candidate.container().containerId()).containsExactly(fits);
        assertThat(removedBy(result)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "serving", Filter.STATUS, "offline", Filter.STATUS, "no-vllm", Filter.SERVICE,
                "a100", Filter.GPU_MODEL, "one-gpu", Filter.GPU_COUNT, "small-vram", Filter.VRAM,
                "slow-link", Filter.BANDWIDTH, "far-away", Filter.LATENCY, "too-dear", Filter.PRICE,
                "taken", Filter.RESERVED));
        assertThat(result.counts()).containsExactly(
                new FilterCount(Filter.STATUS, 2), new FilterCount(Filter.SERVICE, 1),
                new FilterCount(Filter.GPU_MODEL, 1), new FilterCount(Filter.GPU_COUNT, 1),
                new FilterCount(Filter.VRAM, 1), new FilterCount(Filter.BANDWIDTH, 1),
                new FilterCount(Filter.LATENCY, 1), new FilterCount(Filter.PRICE, 1),
                new FilterCount(Filter.RESERVED, 1));
    }

    @Test
    void a_container_failing_several_filters_is_counted_once_by_the_first_in_order() {
        Containers.in(index).status("OFFLINE").gpus("A100", 1).price("9.00").region("sa-east").add("bad");

        MatchResult result = matcher.match(index, request().build());

        assertThat(result.removals()).containsExactly(
                new Removal("bad", "0x00000000000000000000000000000000000000a1", Filter.STATUS));
        assertThat(result.enough()).isFalse();
    }

    @Test
    void the_price_limit_is_inclusive_and_optional_minimums_are_ignored_when_absent() {
        Containers.in(index).price("3.00").vram(24).bandwidth(1).add("at-the-limit");

        MatchResult result = matcher.match(index, request().maxPrice("3.00").build());

        assertThat(result.ranked()).hasSize(1);
    }

    @Test
    void latency_is_measured_from_the_customers_region_to_the_containers_region() {
        Containers.in(index).region("us-east").add("transatlantic");

        assertThat(matcher.match(index, request().from(Region.EU_WEST, 75).build()).ranked()).hasSize(1);
        assertThat(matcher.match(index, request().from(Region.EU_WEST, 74).build()).counts())
                .contains(new FilterCount(Filter.LATENCY, 1));
    }

    @Test
    void a_container_in_a_region_the_latency_table_does_not_know_fails_the_latency_filter() {
        Containers.in(index).region("moon-base").add("unknown-region");

        assertThat(matcher.match(index, request().from(Region.EU_WEST, 10_000).build()).counts())
                .contains(new FilterCount(Filter.LATENCY, 1));
    }

    @Test
    void containers_not_fully_known_yet_are_no_candidates() {
        index.statusChanged("status-only", "0xowner", "STANDBY", Containers.T0);

        MatchResult result = matcher.match(index, request().build());

        assertThat(result.candidates()).isZero();
        assertThat(result.removals()).isEmpty();
    }

    @Test
    void more_nodes_than_containers_that_pass_is_not_enough() {
        Containers.in(index).add("one");

        MatchResult result = matcher.match(index, request().nodes(2).build());

        assertThat(result.ranked()).hasSize(1);
        assertThat(result.enough()).isFalse();
    }

    private static Map<String, Filter> removedBy(MatchResult result) {
        return result.removals().stream().collect(Collectors.toMap(Removal::containerId, Removal::filter));
    }
}
