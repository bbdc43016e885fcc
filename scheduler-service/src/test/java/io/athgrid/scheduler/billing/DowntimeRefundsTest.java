package io.athgrid.scheduler.billing;

import static io.athgrid.scheduler.order.OrderKind.ON_DEMAND;
import static io.athgrid.scheduler.order.OrderKind.RESERVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DowntimeRefundsTest {

    private static final Instant ANCHOR = Instant.parse("2026-03-01T06:00:00Z");
    private static final int PROTOCOL_FEE_BPS = 2_000;

    private static Instant at(long hours) {
        return ANCHOR.plus(Duration.ofHours(hours));
    }

    private static ChargedSpan charge(Instant start, Instant end, String usd, long wei) {
        return new ChargedSpan(UUID.randomUUID(), new Interval(start, end), new BigDecimal(usd),
                FeeSplit.of(BigInteger.valueOf(wei), PROTOCOL_FEE_BPS));
    }

    @Nested
    class OnDemand {

        private final Interval unusedPeriod = new Interval(ANCHOR, at(24));

        @Test
        void a_charge_wholly_before_the_downtime_is_untouched() {
            ChargedSpan before = charge(ANCHOR, ANCHOR.plusSeconds(600), "1.00000000", 1_000);

            assertThat(DowntimeRefunds.of(ON_DEMAND, List.of(before), ANCHOR.plusSeconds(600), unusedPeriod)).isEmpty();
        }

        @Test
        void a_charge_wholly_after_the_downtime_began_is_refunded_in_full() {
            ChargedSpan after = charge(ANCHOR.plusSeconds(600), ANCHOR.plusSeconds(1_200), "1.00000000", 1_000);

            List<RefundPart> refunds = DowntimeRefunds.of(ON_DEMAND, List.of(after), ANCHOR.plusSeconds(300),
                    unusedPeriod);

            assertThat(refunds).containsExactly(new RefundPart(after.chargeId(), after.span(), new BigDecimal(
                    "1.00000000"), after.split()));
        }

        @Test
        void a_charge_spanning_the_downtime_is_refunded_pro_rata_for_the_part_after_it_began() {
            // 1 000 s charged, service lost after 600 s: 400 / 1 000 refunded
            ChargedSpan spanning = charge(ANCHOR, ANCHOR.plusSeconds(1_000), "2.50000000", 1_000);

            List<RefundPart> refunds = DowntimeRefunds.of(ON_DEMAND, List.of(spanning), ANCHOR.plusSeconds(600),
                    unusedPeriod);

            assertThat(refunds).hasSize(1);
            RefundPart refund = refunds.get(0);
            assertThat(refund.chargeId()).isEqualTo(spanning.chargeId());
            assertThat(refund.span()).isEqualTo(new Interval(ANCHOR.plusSeconds(600), ANCHOR.plusSeconds(1_000)));
            assertThat(refund.amountUsd()).isEqualByComparingTo("1.00");
            assertThat(refund.split()).isEqualTo(new FeeSplit(BigInteger.valueOf(400), BigInteger.valueOf(80),
                    BigInteger.valueOf(320)));
        }

        @Test
        void a_pro_rata_refund_rounds_down_in_usd_and_wei_alike() {
            // 3 s charged, 1 s refunded: a third of 1 USD and of 10 wei
            ChargedSpan spanning = charge(ANCHOR, ANCHOR.plusSeconds(3), "1.00000000", 10);

            RefundPart refund = DowntimeRefunds.of(ON_DEMAND, List.of(spanning), ANCHOR.plusSeconds(2),
                    unusedPeriod).get(0);

            assertThat(refund.amountUsd()).isEqualTo(new BigDecimal("0.33333333"));
            assertThat(refund.split().amountWei()).isEqualTo(BigInteger.valueOf(3));
            assertThat(refund.split().protocolFeeWei()).isLessThanOrEqualTo(spanning.split().protocolFeeWei());
            assertThat(refund.split().providerFeeWei()).isLessThanOrEqualTo(spanning.split().providerFeeWei());
        }

        @Test
        void refunds_only_what_was_charged_after_the_downtime_began_across_several_charges() {
            ChargedSpan first = charge(ANCHOR, ANCHOR.plusSeconds(600), "1.00000000", 600);
            ChargedSpan second = charge(ANCHOR.plusSeconds(600), ANCHOR.plusSeconds(1_200), "1.00000000", 600);
            ChargedSpan third = charge(ANCHOR.plusSeconds(1_200), ANCHOR.plusSeconds(1_800), "1.00000000", 600);

            List<RefundPart> refunds = DowntimeRefunds.of(ON_DEMAND, List.of(first, second, third),
                    ANCHOR.plusSeconds(900), unusedPeriod);

            assertThat(refunds).extracting(RefundPart::chargeId).containsExactly(second.chargeId(), third.chargeId());
            assertThat(refunds.get(0).span()).isEqualTo(new Interval(ANCHOR.plusSeconds(900), ANCHOR.plusSeconds(1_200)));
            assertThat(refunds.get(0).amountUsd()).isEqualByComparingTo("0.5");
            assertThat(refunds.get(0).split().amountWei()).isEqualTo(BigInteger.valueOf(300));
            assertThat(refunds.get(1).span()).isEqualTo(third.span());
            assertThat(refunds.get(1).split()).isEqualTo(third.split());
        }

        @Test
        void ignores_the_reserved_period() {
            // a charge in an earlier 24 h period that ends before the downtime is still untouched on-demand
            ChargedSpan earlier = charge(ANCHOR, ANCHOR.plusSeconds(600), "1.00000000", 1_000);

            assertThat(DowntimeRefunds.of(ON_DEMAND, List.of(earlier), ANCHOR.plusSeconds(900),
                    new Interval(ANCHOR.minusSeconds(60), ANCHOR.plusSeconds(60)))).isEmpty();
        }

        @Test
        void no_charges_no_refunds() {
            assertThat(DowntimeRefunds.of(ON_DEMAND, List.of(), ANCHOR, unusedPeriod)).isEmpty();
        }
    }

    @Nested
    class Reserved {

        private final Interval current = new Interval(at(24), at(48));

        @Test
        void the_current_period_is_refunded_in_full_and_earlier_periods_are_untouched() {
            ChargedSpan earlier = charge(ANCHOR, at(24), "59.76000000", 24_000);
            ChargedSpan currentCharge = charge(at(24), at(48), "59.76000000", 24_000);

            List<RefundPart> refunds = DowntimeRefunds.of(RESERVED, List.of(earlier, currentCharge),
                    at(30), current);

            assertThat(refunds).containsExactly(new RefundPart(currentCharge.chargeId(), currentCharge.span(),
                    currentCharge.amountUsd(), currentCharge.split()));
        }

        @Test
        void refunds_in_full_even_the_hours_served_before_the_downtime() {
            // service was lost 20 h into the period: the whole period is still not charged
            ChargedSpan currentCharge = charge(at(24), at(48), "59.76000000", 24_000);

            List<RefundPart> refunds = DowntimeRefunds.of(RESERVED, List.of(currentCharge), at(44), current);

            assertThat(refunds).singleElement().satisfies(refund -> {
                assertThat(refund.span()).isEqualTo(currentCharge.span());
                assertThat(refund.amountUsd()).isEqualByComparingTo("59.76");
                assertThat(refund.split()).isEqualTo(currentCharge.split());
            });
        }

        @Test
        void every_charge_of_the_current_period_is_refunded_including_a_replacement_lease_from_mid_period() {
            ChargedSpan firstLease = charge(at(24), at(48), "59.76000000", 24_000);
            ChargedSpan replacement = charge(at(30), at(48), "44.82000000", 18_000);

            List<RefundPart> refunds = DowntimeRefunds.of(RESERVED, List.of(firstLease, replacement), at(40), current);

            assertThat(refunds).extracting(RefundPart::chargeId)
                    .containsExactly(firstLease.chargeId(), replacement.chargeId());
            assertThat(refunds).extracting(RefundPart::split)
                    .containsExactly(firstLease.split(), replacement.split());
        }

        @Test
        void a_charge_ending_exactly_at_the_period_start_belongs_to_the_earlier_period() {
            ChargedSpan earlierPartial = charge(at(10), at(24), "34.86000000", 14_000);

            assertThat(DowntimeRefunds.of(RESERVED, List.of(earlierPartial), at(24), current)).isEmpty();
        }
    }

    @Nested
    class AfterAnEarlierRefund {

        private final Interval unusedPeriod = new Interval(ANCHOR, at(24));

        @Test
        void downtime_refunds_only_what_an_earlier_slash_refund_left_of_a_charge() {
            // 1 000 s charged, 200 .. 500 given back for a slash; service lost at 400
            ChargedSpan charge = new ChargedSpan(UUID.randomUUID(), new Interval(ANCHOR, ANCHOR.plusSeconds(1_000)),
                    new BigDecimal("10.00000000"), FeeSplit.of(BigInteger.valueOf(1_000), PROTOCOL_FEE_BPS),
                    List.of(new Interval(ANCHOR.plusSeconds(200), ANCHOR.plusSeconds(500))));

            List<RefundPart> refunds = DowntimeRefunds.of(ON_DEMAND, List.of(charge), ANCHOR.plusSeconds(400),
                    unusedPeriod);

            assertThat(refunds).singleElement().satisfies(refund -> {
                assertThat(refund.span()).isEqualTo(new Interval(ANCHOR.plusSeconds(500), ANCHOR.plusSeconds(1_000)));
                assertThat(refund.amountUsd()).isEqualByComparingTo("5");
                assertThat(refund.split().amountWei()).isEqualTo(BigInteger.valueOf(500));
            });
        }

        @Test
        void a_reserved_period_refunded_in_full_is_not_refunded_again() {
            ChargedSpan refunded = new ChargedSpan(UUID.randomUUID(), new Interval(at(24), at(48)),
                    new BigDecimal("59.76000000"), FeeSplit.of(BigInteger.valueOf(24_000), PROTOCOL_FEE_BPS),
                    List.of(new Interval(at(24), at(48))));

            assertThat(DowntimeRefunds.of(RESERVED, List.of(refunded), at(30), new Interval(at(24), at(48)))).isEmpty();
        }
    }

    @Nested
    class DuringASlashedPeriod {

        private final Interval noPeriods = new Interval(ANCHOR, at(24));

        @Test
        void on_demand_refunds_exactly_the_affected_part_of_each_charge_and_nothing_after_it() {
            ChargedSpan first = charge(ANCHOR, ANCHOR.plusSeconds(600), "1.00000000", 600);
            ChargedSpan second = charge(ANCHOR.plusSeconds(600), ANCHOR.plusSeconds(1_200), "1.00000000", 600);
            ChargedSpan third = charge(ANCHOR.plusSeconds(1_200), ANCHOR.plusSeconds(1_800), "1.00000000", 600);
            Interval affected = new Interval(ANCHOR.plusSeconds(300), ANCHOR.plusSeconds(900));

            List<RefundPart> refunds = DowntimeRefunds.during(ON_DEMAND, List.of(first, second, third), affected,
                    noPeriods);

            assertThat(refunds).extracting(RefundPart::chargeId).containsExactly(first.chargeId(), second.chargeId());
            assertThat(refunds).extracting(RefundPart::span).containsExactly(
                    new Interval(ANCHOR.plusSeconds(300), ANCHOR.plusSeconds(600)),
                    new Interval(ANCHOR.plusSeconds(600), ANCHOR.plusSeconds(900)));
            assertThat(refunds).extracting(refund -> refund.split().amountWei())
                    .containsExactly(BigInteger.valueOf(300), BigInteger.valueOf(300));
        }

        @Test
        void on_demand_skips_what_a_downtime_refund_already_gave_back() {
            // service lost at 800 and refunded from there; the slash says delivery failed from 500
            ChargedSpan charge = new ChargedSpan(UUID.randomUUID(), new Interval(ANCHOR, ANCHOR.plusSeconds(1_000)),
                    new BigDecimal("10.00000000"), FeeSplit.of(BigInteger.valueOf(1_000), PROTOCOL_FEE_BPS),
                    List.of(new Interval(ANCHOR.plusSeconds(800), ANCHOR.plusSeconds(1_000))));

            List<RefundPart> refunds = DowntimeRefunds.during(ON_DEMAND, List.of(charge),
                    new Interval(ANCHOR.plusSeconds(500), ANCHOR.plusSeconds(2_000)), noPeriods);

            assertThat(refunds).singleElement().satisfies(refund -> {
                assertThat(refund.span()).isEqualTo(new Interval(ANCHOR.plusSeconds(500), ANCHOR.plusSeconds(800)));
                assertThat(refund.split().amountWei()).isEqualTo(BigInteger.valueOf(300));
            });
        }

        @Test
        void on_demand_a_charge_refunded_in_the_middle_is_refunded_around_it() {
            ChargedSpan charge = new ChargedSpan(UUID.randomUUID(), new Interval(ANCHOR, ANCHOR.plusSeconds(1_000)),
                    new BigDecimal("10.00000000"), FeeSplit.of(BigInteger.valueOf(1_000), PROTOCOL_FEE_BPS),
                    List.of(new Interval(ANCHOR.plusSeconds(400), ANCHOR.plusSeconds(600))));

            List<RefundPart> refunds = DowntimeRefunds.during(ON_DEMAND, List.of(charge),
                    new Interval(ANCHOR, ANCHOR.plusSeconds(1_000)), noPeriods);

            assertThat(refunds).extracting(RefundPart::span).containsExactly(
                    new Interval(ANCHOR, ANCHOR.plusSeconds(400)),
                    new Interval(ANCHOR.plusSeconds(600), ANCHOR.plusSeconds(1_000)));
            BigInteger total = refunds.stream().map(refund -> refund.split().amountWei())
                    .reduce(BigInteger.ZERO, BigInteger::add);
            assertThat(total).isEqualTo(BigInteger.valueOf(800));
        }

        @Test
        void reserved_refunds_every_charge_of_each_period_the_affected_span_touches_in_full() {
            ChargedSpan before = charge(ANCHOR, at(24), "59.76000000", 24_000);
            ChargedSpan touchedFirst = charge(at(24), at(48), "59.76000000", 24_000);
            ChargedSpan touchedLast = charge(at(48), at(72), "59.76000000", 24_000);
            ChargedSpan after = charge(at(72), at(96), "59.76000000", 24_000);
            // 46 h .. 50 h: the tail of one period and the head of the next
            Interval affected = new Interval(at(46), at(50));

            List<RefundPart> refunds = DowntimeRefunds.during(RESERVED,
                    List.of(before, touchedFirst, touchedLast, after), affected, new Interval(at(24), at(72)));

            assertThat(refunds).containsExactly(
                    new RefundPart(touchedFirst.chargeId(), touchedFirst.span(), touchedFirst.amountUsd(),
                            touchedFirst.split()),
                    new RefundPart(touchedLast.chargeId(), touchedLast.span(), touchedLast.amountUsd(),
                            touchedLast.split()));
        }
    }
}
