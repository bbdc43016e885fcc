package io.athgrid.scheduler.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.support.pricing.AthUsdRate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConfiguredPriceFeedTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void answers_the_configured_rate_as_of_now() {
        ConfiguredPriceFeed feed = new ConfiguredPriceFeed(new BigDecimal("0.0425"), Clock.fixed(NOW, ZoneOffset.UTC));

        AthUsdRate rate = feed.current();

        assertThat(rate.usdPerAth()).isEqualByComparingTo("0.0425");
        assertThat(rate.source()).isEqualTo("configured");
        assertThat(rate.asOf()).isEqualTo(NOW);
    }

    @Test
    void stamps_each_rate_with_the_time_it_is_asked_for() {
        MutableClock clock = new MutableClock(NOW);
        ConfiguredPriceFeed feed = new ConfiguredPriceFeed(new BigDecimal("0.05"), clock);

        AthUsdRate first = feed.current();
        clock.now = NOW.plusSeconds(3_600);
        AthUsdRate later = feed.current();

        assertThat(first.asOf()).isEqualTo(NOW);
        assertThat(later.asOf()).isEqualTo(NOW.plusSeconds(3_600));
        assertThat(later.usdPerAth()).isEqualByComparingTo(first.usdPerAth());
    }

    @Test
    void refuses_a_missing_zero_or_negative_rate() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThatThrownBy(() -> new ConfiguredPriceFeed(null, clock)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usd-per-ath");
        assertThatThrownBy(() -> new ConfiguredPriceFeed(BigDecimal.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfiguredPriceFeed(new BigDecimal("-1"), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
