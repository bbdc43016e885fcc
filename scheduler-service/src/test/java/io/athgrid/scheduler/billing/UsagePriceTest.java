package io.athgrid.scheduler.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UsagePriceTest {

    @Test
    void an_hour_of_one_gpu_costs_the_hourly_price() {
        assertThat(UsagePrice.usd(3_600, new BigDecimal("2.49"))).isEqualTo(new BigDecimal("2.49000000"));
    }

    @Test
    void gpu_seconds_are_priced_pro_rata_of_the_hour() {
        // 8 GPUs for 90 minutes = 43 200 GPU-seconds = 12 GPU-hours
        assertThat(UsagePrice.usd(43_200, new BigDecimal("2.50"))).isEqualTo(new BigDecimal("30.00000000"));
        // 30 GPU-minutes
        assertThat(UsagePrice.usd(1_800, new BigDecimal("3.10"))).isEqualTo(new BigDecimal("1.55000000"));
    }

    @Test
    void keeps_eight_decimals_rounded_down() {
        // 1 s at 1 USD/h = 0.000277777... USD
        assertThat(UsagePrice.usd(1, BigDecimal.ONE)).isEqualTo(new BigDecimal("0.00027777"));
        // 7 s at 2.999999 USD/h = 0.0058333313... USD
        assertThat(UsagePrice.usd(7, new BigDecimal("2.999999"))).isEqualTo(new BigDecimal("0.00583333"));
        assertThat(UsagePrice.usd(1, BigDecimal.ONE).scale()).isEqualTo(UsagePrice.USD_SCALE);
    }

    @Test
    void no_time_costs_nothing() {
        assertThat(UsagePrice.usd(0, new BigDecimal("2.49"))).isEqualByComparingTo("0");
    }

    @Test
    void refuses_negative_gpu_seconds() {
        assertThatThrownBy(() -> UsagePrice.usd(-1, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_portion_is_pro_rata_rounded_down_to_eight_decimals() {
        assertThat(UsagePrice.portion(new BigDecimal("30.00000000"), 1, 4)).isEqualTo(new BigDecimal("7.50000000"));
        assertThat(UsagePrice.portion(new BigDecimal("1.00000000"), 1, 3)).isEqualTo(new BigDecimal("0.33333333"));
        assertThat(UsagePrice.portion(new BigDecimal("1.00000000"), 2, 3)).isEqualTo(new BigDecimal("0.66666666"));
        assertThat(UsagePrice.portion(new BigDecimal("1.23456789"), 5, 5)).isEqualTo(new BigDecimal("1.23456789"));
    }
}
