package io.athgrid.indexer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalRatioTest {

    private static double reference(long part, long whole) {
        return Ranking.normalized(BigDecimal.valueOf(part), BigDecimal.ZERO, BigDecimal.valueOf(whole));
    }

    private static void assertSame(long part, long whole) {
        assertThat(Double.doubleToRawLongBits(DecimalRatio.of(part, whole))).as(part + "/" + whole)
                .isEqualTo(Double.doubleToRawLongBits(reference(part, whole)));
    }

    @Test
    void the_ends_and_simple_ratios_are_exact() {
        assertThat(DecimalRatio.of(0, 7)).isZero();
        assertThat(DecimalRatio.of(7, 7)).isEqualTo(1.0);
        assertThat(DecimalRatio.of(1, 4)).isEqualTo(0.25);
        assertSame(1, 3);
        assertSame(2, 3);
    }

    @Test
    void prices_in_cents_as_nano_usd_give_the_reference_ratio_bit_for_bit() {
        for (long part = 0; part <= 300; part++) {
            for (long whole : new long[] {part, 150, 299, 300, 301, 7_77}) {
                if (part <= whole) {
                    assertSame(part * 10_000_000, whole * 10_000_000);
                }
            }
        }
    }

    @Test
    void random_ratios_including_halfway_tiny_and_huge_ones_give_the_reference_ratio_bit_for_bit() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            long whole = switch (i % 4) {
                case 0 -> 1 + random.nextInt(1_000);
                case 1 -> 1 + (random.nextLong() >>> 11);
                case 2 -> 2 * (1 + random.nextInt(1 << 30));
                default -> 1 + random.nextInt(Integer.MAX_VALUE);
            };
            long part = i % 7 == 0 ? Math.max(1, whole / (1L << random.nextInt(50)))
                    : (long) (random.nextDouble() * (whole + 1));
            assertSame(Math.min(part, whole), whole);
        }
        assertSame(1, (1L << 53) - 1);
        assertSame((1L << 53) - 2, (1L << 53) - 1);
        assertSame(1, 2_000_000_000L);
    }
}
