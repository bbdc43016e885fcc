package io.athgrid.scheduler.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeSplitTest {

    private static final int PROTOCOL_FEE_BPS = 2_000;

    private static BigInteger wei(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void the_protocol_takes_twenty_percent_at_2000_basis_points() {
        FeeSplit split = FeeSplit.of(new BigInteger("5000000000000000000"), PROTOCOL_FEE_BPS);

        assertThat(split.amountWei()).isEqualTo(new BigInteger("5000000000000000000"));
        assertThat(split.protocolFeeWei()).isEqualTo(new BigInteger("1000000000000000000"));
        assertThat(split.providerFeeWei()).isEqualTo(new BigInteger("4000000000000000000"));
    }

    @ParameterizedTest
    @CsvSource({
            // amount, protocol, provider: 20 % of the amount, rounded down; the rest to the provider
            "0, 0, 0",
            "1, 0, 1",
            "4, 0, 4",
            "5, 1, 4",
            "7, 1, 6",
            "9, 1, 8",
            "10, 2, 8",
            "99, 19, 80"})
    void rounding_goes_to_the_provider(long amount, long protocol, long provider) {
        FeeSplit split = FeeSplit.of(wei(amount), PROTOCOL_FEE_BPS);

        assertThat(split.protocolFeeWei()).isEqualTo(wei(protocol));
        assertThat(split.providerFeeWei()).isEqualTo(wei(provider));
    }

    @Test
    void the_parts_always_add_up_to_the_amount() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            BigInteger amount = new BigInteger(80, random);
            int bps = random.nextInt(10_001);

            FeeSplit split = FeeSplit.of(amount, bps);

            assertThat(split.protocolFeeWei().add(split.providerFeeWei())).isEqualTo(amount);
            assertThat(split.protocolFeeWei().multiply(wei(10_000)))
                    .isLessThanOrEqualTo(amount.multiply(wei(bps)));
        }
    }

    @Test
    void zero_and_full_basis_points_give_everything_to_one_side() {
        assertThat(FeeSplit.of(wei(1_234), 0)).isEqualTo(new FeeSplit(wei(1_234), wei(0), wei(1_234)));
        assertThat(FeeSplit.of(wei(1_234), 10_000)).isEqualTo(new FeeSplit(wei(1_234), wei(1_234), wei(0)));
    }

    @Test
    void refuses_basis_points_outside_0_to_10000() {
        assertThatThrownBy(() -> FeeSplit.of(wei(100), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeSplit.of(wei(100), 10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_parts_that_do_not_add_up_or_are_negative() {
        assertThatThrownBy(() -> new FeeSplit(wei(10), wei(2), wei(9))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeSplit(wei(10), wei(-1), wei(11)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeSplit.of(wei(-10), PROTOCOL_FEE_BPS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_portion_is_pro_rata() {
        FeeSplit split = FeeSplit.of(wei(1_000), PROTOCOL_FEE_BPS);

        FeeSplit quarter = split.portion(900, 3_600);

        assertThat(quarter).isEqualTo(new FeeSplit(wei(250), wei(50), wei(200)));
    }

    @Test
    void a_full_portion_is_the_same_split() {
        FeeSplit split = FeeSplit.of(wei(7_777_777), PROTOCOL_FEE_BPS);

        assertThat(split.portion(3_601, 3_601)).isEqualTo(split);
    }

    @Test
    void an_empty_portion_is_zero() {
        assertThat(FeeSplit.of(wei(1_000), PROTOCOL_FEE_BPS).portion(0, 60))
                .isEqualTo(new FeeSplit(wei(0), wei(0), wei(0)));
    }

    @Test
    void a_portion_rounds_the_amount_and_the_protocol_share_down() {
        // 12 wei = 2 protocol + 10 provider; a quarter is 3 wei, of which 0.5 protocol -> 0
        FeeSplit portion = FeeSplit.of(wei(12), PROTOCOL_FEE_BPS).portion(1, 4);

        assertThat(portion.amountWei()).isEqualTo(wei(3));
        assertThat(portion.protocolFeeWei()).isEqualTo(wei(0));
        assertThat(portion.providerFeeWei()).isEqualTo(wei(3));
    }

    @Test
    void a_portion_never_exceeds_the_original_shares_and_its_parts_add_up() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            FeeSplit split = FeeSplit.of(BigInteger.valueOf(random.nextInt(1_000_000)), random.nextInt(10_001));
            long whole = 1 + random.nextInt(100_000);
            long part = random.nextInt((int) whole + 1);

            FeeSplit portion = split.portion(part, whole);

            assertThat(portion.protocolFeeWei().add(portion.providerFeeWei())).isEqualTo(portion.amountWei());
            assertThat(portion.amountWei()).isLessThanOrEqualTo(split.amountWei());
            assertThat(portion.protocolFeeWei()).isLessThanOrEqualTo(split.protocolFeeWei());
            assertThat(portion.providerFeeWei()).isLessThanOrEqualTo(split.providerFeeWei());
            // the refunded amount is the pro rata amount rounded down
            assertThat(portion.amountWei()).isEqualTo(
                    split.amountWei().multiply(wei(part)).divide(wei(whole)));
        }
    }

    @Test
    void refuses_a_portion_outside_the_whole() {
        FeeSplit split = FeeSplit.of(wei(1_000), PROTOCOL_FEE_BPS);

        assertThatThrownBy(() -> split.portion(61, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> split.portion(-1, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> split.portion(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
