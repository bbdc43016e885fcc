package io.athgrid.staking.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExactSplitTest {

    @Test
    void shares_sum_to_the_amount_exactly() {
        Map<String, BigInteger> weights = Map.of("a", big(1), "b", big(1), "c", big(1));

        SortedMap<String, BigInteger> shares = ExactSplit.split(big(100), weights);

        assertThat(shares).containsExactly(Map.entry("a", big(34)), Map.entry("b", big(33)), Map.entry("c", big(33)));
    }

    @Test
    void leftover_wei_go_to_the_largest_remainders_first() {
        // 10 x 5/7 = 7.14, 10 x 2/7 = 2.86: the one wei left goes to b (remainder .86 > .14)
        SortedMap<String, BigInteger> shares = ExactSplit.split(big(10), Map.of("a", big(5), "b", big(2)));

        assertThat(shares).containsExactly(Map.entry("a", big(7)), Map.entry("b", big(3)));
    }

    @Test
    void keys_without_weight_get_nothing_and_no_weight_at_all_splits_nothing() {
        assertThat(ExactSplit.split(big(10), Map.of("a", big(0), "b", big(4)))).containsExactly(Map.entry("b", big(10)));
        assertThat(ExactSplit.split(big(10), Map.of("a", big(0)))).isEmpty();
        assertThat(ExactSplit.split(big(10), Map.<String, BigInteger>of())).isEmpty();
    }

    @Test
    void random_splits_always_sum_exactly_and_stay_within_one_wei_of_proportional() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            BigInteger total = new BigInteger(90, random);
            Map<Integer, BigInteger> weights = new TreeMap<>();
            int keys = 1 + random.nextInt(40);
            for (int key = 0; key < keys; key++) {
                weights.put(key, new BigInteger(70, random).add(BigInteger.ONE));
            }
            BigInteger sum = weights.values().stream().reduce(BigInteger.ZERO, BigInteger::add);

            SortedMap<Integer, BigInteger> shares = ExactSplit.split(total, weights);

            assertThat(shares.values().stream().reduce(BigInteger.ZERO, BigInteger::add)).isEqualTo(total);
            shares.forEach((key, share) -> {
                BigInteger floor = total.multiply(weights.get(key)).divide(sum);
                assertThat(share.subtract(floor)).isBetween(BigInteger.ZERO, BigInteger.ONE);
            });
        }
    }

    @Test
    void the_same_input_gives_the_same_split() {
        Map<String, BigInteger> weights = new TreeMap<>(Map.of("x", big(3), "y", big(3), "z", big(3)));

        assertThat(ExactSplit.split(big(11), weights)).isEqualTo(ExactSplit.split(big(11), Map.copyOf(weights)))
                .containsExactly(Map.entry("x", big(4)), Map.entry("y", big(4)), Map.entry("z", big(3)));
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
