package io.athgrid.scheduler.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProviderLeaseTest {

    @Test
    void a_price_shows_at_least_cents_and_no_trailing_zeros_beyond() {
        assertThat(ProviderLease.price(new BigDecimal("2.100000"))).isEqualTo("2.10");
        assertThat(ProviderLease.price(new BigDecimal("2.125000"))).isEqualTo("2.125");
        assertThat(ProviderLease.price(new BigDecimal("3.000000"))).isEqualTo("3.00");
        assertThat(ProviderLease.price(new BigDecimal("10"))).isEqualTo("10.00");
    }
}
