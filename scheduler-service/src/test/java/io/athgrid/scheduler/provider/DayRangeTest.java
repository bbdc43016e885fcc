package io.athgrid.scheduler.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.support.web.InvalidRequestException;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DayRangeTest {

    @Test
    void one_day_or_up_to_92_days_apart() {
        assertThat(DayRange.parse("2026-11-25", "2026-11-25"))
                .isEqualTo(new DayRange(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25)));
        assertThat(DayRange.parse("2026-09-01", "2026-12-02").to()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void more_than_92_days_apart_or_backwards_is_refused() {
        assertRefused(() -> DayRange.parse("2026-09-01", "2026-12-03"), "to");
        assertRefused(() -> DayRange.parse("2026-11-26", "2026-11-25"), "from");
    }

    @Test
    void both_days_are_required_as_iso_dates() {
        assertRefused(() -> DayRange.parse(null, "2026-11-25"), "from");
        assertRefused(() -> DayRange.parse("25.11.2026", "2026-02-30"), "from", "to");
    }

    private static void assertRefused(ThrowingCallable parse, String... fields) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                        .containsExactly(fields));
    }
}
