package io.athgrid.scheduler.slashing;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.v1.SlashExecuted;
import io.athgrid.scheduler.billing.Interval;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlashedPeriodTest {

    private static SlashExecuted slash(String reason, Instant from, Instant to) {
        return new SlashExecuted("slash-1", "c-1", "0x" + "a".repeat(40), reason, BigInteger.TEN, "0xevidence", from,
                to, Instant.parse("2026-03-05T00:00:00Z"));
    }

    @Test
    void the_affected_period_widens_to_whole_seconds_in_the_customers_favour() {
        SlashedPeriod period = SlashedPeriod.of(slash("UNDER_DELIVERY", Instant.parse("2026-03-01T06:00:10.700Z"),
                Instant.parse("2026-03-01T06:05:00.200Z"))).orElseThrow();

        assertThat(period.affected()).isEqualTo(new Interval(Instant.parse("2026-03-01T06:00:10Z"),
                Instant.parse("2026-03-01T06:05:01Z")));
        assertThat(period.slashId()).isEqualTo("slash-1");
        assertThat(period.containerId()).isEqualTo("c-1");
    }

    @Test
    void whole_seconds_stay_as_they_are() {
        Instant from = Instant.parse("2026-03-01T06:00:00Z");

        assertThat(SlashedPeriod.of(slash("CAPACITY_FRAUD", from, from.plusSeconds(60))).orElseThrow().affected())
                .isEqualTo(new Interval(from, from.plusSeconds(60)));
    }

    @Test
    void refunds_carry_the_slash_reason_within_the_ledgers_column() {
        Instant from = Instant.parse("2026-03-01T06:00:00Z");

        assertThat(SlashedPeriod.of(slash("OFFLINE_WHILE_RESERVED", from, from.plusSeconds(1))).orElseThrow()
                .refundReason()).isEqualTo("SLASH_OFFLINE_WHILE_RESERVED");
        assertThat(SlashedPeriod.of(slash("R".repeat(40), from, from.plusSeconds(1))).orElseThrow().refundReason())
                .hasSize(SlashedPeriod.MAX_REASON);
    }

    @Test
    void a_slash_without_a_forward_period_has_nothing_to_refund() {
        Instant at = Instant.parse("2026-03-01T06:00:00Z");

        assertThat(SlashedPeriod.of(slash("UNDER_DELIVERY", at, at))).isEmpty();
        assertThat(SlashedPeriod.of(slash("UNDER_DELIVERY", at, at.minusSeconds(1)))).isEmpty();
        assertThat(SlashedPeriod.of(slash("UNDER_DELIVERY", null, at))).isEmpty();
    }
}
