package io.athgrid.scheduler.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BillTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID JOB = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final BigDecimal RATE = new BigDecimal("0.05");

    private static Charge charge(long fromSecond, long toSecond, int gpus, String usd, long wei) {
        Interval span = new Interval(T0.plusSeconds(fromSecond), T0.plusSeconds(toSecond));
        return new Charge(UUID.randomUUID(), JOB, ORDER, "acme", UUID.randomUUID(), "c-1", "0xowner", span,
                gpus * span.seconds(), new BigDecimal(usd), FeeSplit.of(BigInteger.valueOf(wei), 2_000),
                span.end());
    }

    private static Refund refund(Charge charge, String usd, FeeSplit split) {
        return new Refund(UUID.randomUUID(), charge.id(), JOB, ORDER, charge.containerId(), charge.owner(),
                charge.span(), new BigDecimal(usd), split, "CONTAINER_LOST", charge.span().end());
    }

    @Test
    void totals_what_was_charged_refunded_and_is_due() {
        Charge first = charge(0, 3_600, 2, "5.00000000", 100_000_000_003L);
        Charge second = charge(3_600, 5_400, 2, "2.50000000", 50_000_000_001L);
        Refund partial = refund(second, "1.25000000", second.split().portion(900, 1_800));

        Bill bill = Bill.of(ORDER, RATE, List.of(first, second), List.of(partial));
        Bill.Totals totals = bill.totals();

        assertThat(bill.orderId()).isEqualTo(ORDER);
        assertThat(bill.usdPerAth()).isEqualByComparingTo("0.05");
        assertThat(bill.charges()).containsExactly(first, second);
        assertThat(bill.refunds()).containsExactly(partial);
        assertThat(bill.gpuSecondsCharged()).isEqualTo(2 * 5_400);
        assertThat(totals.chargedUsd()).isEqualByComparingTo("7.5");
        assertThat(totals.refundedUsd()).isEqualByComparingTo("1.25");
        assertThat(totals.dueUsd()).isEqualByComparingTo("6.25");
        assertThat(totals.chargedWei()).isEqualTo(BigInteger.valueOf(150_000_000_004L));
        assertThat(totals.refundedWei()).isEqualTo(BigInteger.valueOf(25_000_000_000L));
        assertThat(totals.dueWei()).isEqualTo(BigInteger.valueOf(125_000_000_004L));
        assertThat(totals.protocolFeeWei()).isEqualTo(first.split().protocolFeeWei()
                .add(second.split().protocolFeeWei()).subtract(partial.split().protocolFeeWei()));
        assertThat(totals.providerFeesWei()).isEqualTo(first.split().providerFeeWei()
                .add(second.split().providerFeeWei()).subtract(partial.split().providerFeeWei()));
    }

    @Test
    void what_is_due_is_the_protocol_fee_plus_the_provider_fees_to_the_wei() {
        Charge a = charge(0, 7, 1, "0.00000007", 7);
        Charge b = charge(7, 20, 3, "0.00000039", 39);
        Charge c = charge(20, 31, 1, "0.00000011", 11);
        Refund ofB = refund(b, "0.00000013", b.split().portion(1, 3));
        Refund ofC = refund(c, "0.00000011", c.split());

        Bill.Totals totals = Bill.of(ORDER, RATE, List.of(a, b, c), List.of(ofB, ofC)).totals();

        assertThat(totals.dueWei()).isEqualTo(totals.protocolFeeWei().add(totals.providerFeesWei()));
        assertThat(totals.dueWei()).isEqualTo(totals.chargedWei().subtract(totals.refundedWei()));
        assertThat(totals.dueWei()).isEqualTo(BigInteger.valueOf(7 + 39 + 11 - 13 - 11));
    }

    @Test
    void a_fully_refunded_order_owes_nothing() {
        Charge only = charge(0, 86_400, 8, "478.08000000", 9_561_600_000_000_000L);

        Bill.Totals totals = Bill.of(ORDER, RATE, List.of(only), List.of(refund(only, "478.08000000", only.split())))
                .totals();

        assertThat(totals.dueUsd()).isEqualByComparingTo("0");
        assertThat(totals.dueWei()).isZero();
        assertThat(totals.protocolFeeWei()).isZero();
        assertThat(totals.providerFeesWei()).isZero();
    }

    @Test
    void an_order_without_charges_has_a_zero_bill() {
        Bill bill = Bill.of(ORDER, RATE, List.of(), List.of());

        assertThat(bill.gpuSecondsCharged()).isZero();
        assertThat(bill.totals()).isEqualTo(new Bill.Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO));
    }
}
