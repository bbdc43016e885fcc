package io.athgrid.indexer.matching;

import static io.athgrid.indexer.fixtures.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.indexer.fixtures.Containers;
import io.athgrid.indexer.fixtures.Latencies;
import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.protocol.container.GpuModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class BestFitTest {

    private final CapacityIndex index = new CapacityIndex(0.5);

    private List<String> order(int window, int gpusPerNode, int nodes) {
        Matcher matcher = new Matcher(Latencies.defaults(), new RankingWeights(1, 1, 1), window);
        return matcher.match(index, request().gpus(GpuModel.H100_SXM, gpusPerNode).nodes(nodes).build())
                .ranked().stream().map(candidate -> candidate.container().containerId()).toList();
    }

    @Test
    void among_the_top_ranked_the_container_with_the_fewest_gpus_left_over_comes_first() {
        Containers.in(index).gpus("H100_SXM", 8).price("1.00").add("eight-cheapest");
        Containers.in(index).gpus("H100_SXM", 4).price("1.10").add("four");
        Containers.in(index).gpus("H100_SXM", 2).price("1.20").add("two");
        Containers.in(index).gpus("H100_SXM", 2).price("1.30").add("two-dearer");

        assertThat(order(5, 2, 1)).containsExactly("two", "two-dearer", "four", "eight-cheapest");
    }

    @Test
    void candidates_beyond_the_window_follow_in_ranking_order() {
        Containers.in(index).gpus("H100_SXM", 8).price("1.00").add("eight");
        Containers.in(index).gpus("H100_SXM", 4).price("1.10").add("four");
        Containers.in(index).gpus("H100_SXM", 2).price("1.20").add("two-outside-window");

        assertThat(order(2, 2, 1)).containsExactly("four", "eight", "two-outside-window");
    }

    @Test
    void the_window_is_at_least_the_number_of_nodes() {
        Containers.in(index).gpus("H100_SXM", 8).price("1.00").add("eight");
        Containers.in(index).gpus("H100_SXM", 2).price("1.10").add("two");
        Containers.in(index).gpus("H100_SXM", 1).price("1.20").add("one");

        assertThat(order(1, 1, 3)).containsExactly("one", "two", "eight");
    }

    @Test
    void a_window_of_one_keeps_the_ranking() {
        Containers.in(index).gpus("H100_SXM", 8).price("1.00").add("eight");
        Containers.in(index).gpus("H100_SXM", 1).price("1.20").add("one");

        assertThat(order(1, 1, 1)).containsExactly("eight", "one");
    }
}
