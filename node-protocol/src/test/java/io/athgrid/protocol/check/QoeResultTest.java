package io.athgrid.protocol.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QoeResultTest {

    private static QoeResult serving(long latencyMs, String tokensPerSecond, String errorPercent) {
        return new QoeResult(true, latencyMs, new BigDecimal(tokensPerSecond), new BigDecimal(errorPercent));
    }

    @Test
    void the_canonical_form_carries_latency_throughput_and_error_bands() {
        assertThat(serving(180, "44.9", "0.4").canonical())
                .isEqualTo("athgrid-check/1;kind=QOE;responsive=true;latency=100;throughput=11;errors=0");
    }

    @Test
    void close_readings_agree_and_a_slower_service_does_not() {
        String fast = serving(180, "44.9", "0.4").resultHash();

        assertThat(serving(140, "41.2", "0").resultHash()).isEqualTo(fast);
        assertThat(serving(260, "44.9", "0.4").resultHash()).isNotEqualTo(fast);
        assertThat(serving(180, "20", "0.4").resultHash()).isNotEqualTo(fast);
        assertThat(serving(180, "44.9", "6").resultHash()).isNotEqualTo(fast);
    }

    @Test
    void an_unresponsive_service_is_one_result() {
        assertThat(new QoeResult(false, 900, new BigDecimal("3"), new BigDecimal("80")).resultHash())
                .isEqualTo(QoeResult.unresponsive().resultHash());
        assertThat(QoeResult.unresponsive().canonical()).isEqualTo("athgrid-check/1;kind=QOE;responsive=false");
    }

    @Test
    void refuses_impossible_measurements() {
        assertThatThrownBy(() -> serving(-1, "1", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> serving(1, "-1", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> serving(1, "1", "101")).isInstanceOf(IllegalArgumentException.class);
    }
}
