package io.athgrid.indexer.matching;

import static io.athgrid.indexer.fixtures.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.indexer.fixtures.Containers;
import io.athgrid.indexer.fixtures.Latencies;
import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.protocol.container.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private final CapacityIndex index = new CapacityIndex(0.5);

    private List<String> ranked(RankingPolicy policy, RankingWeights weights) {
        // A window of 1 turns best fit off, so the ranking alone decides the order.
        Matcher matcher = new Matcher(Latencies.defaults(), weights, 1);
        return matcher.match(index, request().from(Region.EU_WEST, 200).policy(policy).build())
                .ranked().stream().map(candidate -> candidate.container().containerId()).toList();
    }

    private List<String> ranked(RankingPolicy policy) {
        return ranked(policy, new RankingWeights(0.4, 0.4, 0.2));
    }

    @Test
    void lowest_fee_orders_by_price_then_by_qos_score() {
        Containers.in(index).price("2.00").add("cheap-poor");
        Containers.in(index).price("2.00").add("cheap-good");
        Containers.in(index).price("1.50").add("cheapest");
        Containers.in(index).price("2.90").add("dear");
        index.qosScored("cheap-poor", 0.2);
        index.qosScored("cheap-good", 0.9);

        assertThat(ranked(RankingPolicy.LOWEST_FEE)).containsExactly("cheapest", "cheap-good", "cheap-poor", "dear");
    }

    @Test
    void best_experience_orders_by_qos_score_then_by_latency() {
        Containers.in(index).region("us-east").add("good-far");
        Containers.in(index).region("eu-central").add("good-near");
        Containers.in(index).region("eu-west").add("average-here");
        index.qosScored("good-far", 0.95);
        index.qosScored("good-near", 0.95);

        assertThat(ranked(RankingPolicy.BEST_EXPERIENCE)).containsExactly("good-near", "good-far", "average-here");
    }

    @Test
    void best_overall_weighs_normalized_price_qos_and_latency() {
        // cheap: price 0 (best), qos 0.5, latency 1 (worst) -> 0.4*1 + 0.4*0.5 + 0.2*0 = 0.60
        // good:  price 1 (worst), qos 0.95, latency 0 (best) -> 0.4*0 + 0.4*0.95 + 0.2*1 = 0.58
        // mid:   price 0.5, qos 0.9, latency 0                -> 0.4*0.5 + 0.4*0.9 + 0.2*1 = 0.76
        Containers.in(index).price("1.00").region("eu-north").add("cheap");
        Containers.in(index).price("3.00").region("eu-west").add("good");
        Containers.in(index).price("2.00").region("eu-west").add("mid");
        index.qosScored("good", 0.95);
        index.qosScored("mid", 0.9);

        assertThat(ranked(RankingPolicy.BEST_OVERALL)).containsExactly("mid", "cheap", "good");
    }

    @Test
    void best_overall_follows_its_weights() {
        Containers.in(index).price("1.00").add("cheap");
        Containers.in(index).price("3.00").add("good");
        index.qosScored("good", 1.0);
        index.qosScored("cheap", 0.0);

        assertThat(ranked(RankingPolicy.BEST_OVERALL, new RankingWeights(1, 0, 0))).containsExactly("cheap", "good");
        assertThat(ranked(RankingPolicy.BEST_OVERALL, new RankingWeights(0, 1, 0))).containsExactly("good", "cheap");
    }

    @Test
    void equal_candidates_keep_a_deterministic_order() {
        Containers.in(index).add("b");
        Containers.in(index).add("a");
        Containers.in(index).add("c");

        for (RankingPolicy policy : RankingPolicy.values()) {
            assertThat(ranked(policy)).as(policy.name()).containsExactly("a", "b", "c");
        }
    }

    @Test
    void weights_must_not_be_negative_or_all_zero() {
        assertThatThrownBy(() -> new RankingWeights(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RankingWeights(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
