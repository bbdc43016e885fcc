package io.athgrid.checker.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class ProRataTest {

    private static BigInteger wei(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void the_wei_left_over_go_to_the_largest_remainders_and_ties_to_the_lower_license() {
        // 10 by 1:1:1 is 3.33 each: one wei left, to license 1
        assertThat(ProRata.split(wei(10), Map.of(3L, wei(1), 1L, wei(1), 2L, wei(1))))
                .containsExactly(Map.entry(1L, wei(4)), Map.entry(2L, wei(3)), Map.entry(3L, wei(3)));
        // 10 by 1:2:3 is 1.67, 3.33, 5: license 1 has the largest remainder
        assertThat(ProRata.split(wei(10), Map.of(1L, wei(1), 2L, wei(2), 3L, wei(3))))
                .containsExactly(Map.entry(1L, wei(2)), Map.entry(2L, wei(3)), Map.entry(3L, wei(5)));
    }

    @Test
    void the_parts_always_add_up_and_each_is_within_a_wei_of_its_exact_share() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            BigInteger amount = new BigInteger(90, random);
            Map<Long, BigInteger> weights = new HashMap<>();
            for (long license = 1; license <= 1 + random.nextInt(40); license++) {
                weights.put(license, wei(random.nextInt(1_000)));
            }
            BigInteger total = weights.values().stream().reduce(BigInteger.ZERO, BigInteger::add);

            SortedMap<Long, BigInteger> parts = ProRata.split(amount, weights);

            if (total.signum() == 0) {
                assertThat(parts).isEmpty();
                continue;
            }
            assertThat(parts.values().stream().reduce(BigInteger.ZERO, BigInteger::add)).isEqualTo(amount);
            parts.forEach((license, part) -> {
                BigInteger floor = amount.multiply(weights.get(license)).divide(total);
                assertThat(part).isBetween(floor, floor.add(BigInteger.ONE));
            });
        }
    }

    @Test
    void nothing_is_split_among_nobody() {
        assertThat(ProRata.split(wei(10), Map.of())).isEmpty();
        assertThat(ProRata.split(wei(10), Map.of(1L, BigInteger.ZERO))).isEmpty();
    }
}
