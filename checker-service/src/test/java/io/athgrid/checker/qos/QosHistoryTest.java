package io.athgrid.checker.qos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QosHistoryTest {

    @Test
    void a_score_counts_for_its_utc_day_up_to_the_last_nanosecond() {
        assertThat(QosHistory.dayOf(Instant.parse("2026-11-24T00:00:00Z"))).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(QosHistory.dayOf(Instant.parse("2026-11-24T23:59:59.999999999Z")))
                .isEqualTo(LocalDate.parse("2026-11-24"));
    }

    @Test
    void the_last_n_days_end_today() {
        Instant now = Instant.parse("2026-11-24T00:30:00Z");

        assertThat(QosHistory.firstDay(now, 1)).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(QosHistory.firstDay(now, 30)).isEqualTo(LocalDate.parse("2026-10-26"));
        assertThat(QosHistory.firstDay(now, 90)).isEqualTo(LocalDate.parse("2026-08-27"));
    }

    @Test
    void a_history_spans_one_to_ninety_days() {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");

        assertThatThrownBy(() -> QosHistory.firstDay(now, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QosHistory.firstDay(now, 91)).isInstanceOf(IllegalArgumentException.class);
    }
}
