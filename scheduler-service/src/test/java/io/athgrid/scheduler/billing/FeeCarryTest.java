package io.athgrid.scheduler.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeCarryTest {

    private static BigInteger wei(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void a_positive_day_accrues_its_net_fees() {
        assertThat(FeeCarry.of(wei(800), wei(0))).isEqualTo(new FeeCarry(wei(800), wei(0)));
    }

    @Test
    void a_negative_day_accrues_nothing_and_carries_its_deficit() {
        assertThat(FeeCarry.of(wei(-300), wei(0))).isEqualTo(new FeeCarry(wei(0), wei(-300)));
    }

    @Test
    void a_carried_deficit_is_taken_from_the_next_day() {
        assertThat(FeeCarry.of(wei(1_000), wei(-300))).isEqualTo(new FeeCarry(wei(700), wei(0)));
    }

    @Test
    void a_deficit_larger_than_the_next_day_keeps_carrying_the_rest() {
        assertThat(FeeCarry.of(wei(200), wei(-300))).isEqualTo(new FeeCarry(wei(0), wei(-100)));
        assertThat(FeeCarry.of(wei(-50), wei(-300))).isEqualTo(new FeeCarry(wei(0), wei(-350)));
    }

    @Test
    void a_day_that_exactly_cancels_its_carry_ends_even() {
        assertThat(FeeCarry.of(wei(300), wei(-300))).isEqualTo(new FeeCarry(wei(0), wei(0)));
        assertThat(FeeCarry.of(wei(0), wei(0))).isEqualTo(new FeeCarry(wei(0), wei(0)));
    }

    @Test
    void over_many_days_what_accrues_plus_the_last_carry_is_charges_less_refunds() {
        List<Long> dailyNet = List.of(500L, -900L, 100L, 250L, -40L, 0L, 1_000L, -2_000L, 300L);
        BigInteger carry = BigInteger.ZERO;
        BigInteger accrued = BigInteger.ZERO;
        for (long net : dailyNet) {
            FeeCarry day = FeeCarry.of(wei(net), carry);
            assertThat(day.accruedWei().signum()).isNotNegative();
            assertThat(day.carryWei().signum()).isNotPositive();
            accrued = accrued.add(day.accruedWei());
            carry = day.carryWei();
        }
        assertThat(accrued.add(carry)).isEqualTo(wei(dailyNet.stream().mapToLong(Long::longValue).sum()));
    }

    @Test
    void refuses_negative_accruals_and_positive_carries() {
        assertThatThrownBy(() -> new FeeCarry(wei(-1), wei(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeCarry(wei(0), wei(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
