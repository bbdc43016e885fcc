package io.athgrid.staking.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.support.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyWindowTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @Test
    void thirty_days_up_to_and_including_today_by_default() {
        DailyWindow window = DailyWindow.endingOn(TODAY, null);

        assertThat(window.days()).isEqualTo(30);
        assertThat(window.from()).isEqualTo(LocalDate.parse("2026-10-27"));
        assertThat(window.to()).isEqualTo(TODAY);
        assertThat(window.startsAt()).isEqualTo(Instant.parse("2026-10-27T00:00:00Z"));
        assertThat(window.endsBefore()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    }

    @Test
    void one_day_is_today_and_366_reach_back_a_leap_year() {
        DailyWindow today = DailyWindow.endingOn(TODAY, "1");
        assertThat(today.from()).isEqualTo(TODAY);
        assertThat(today.startsAt()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));

        assertThat(DailyWindow.endingOn(LocalDate.parse("2028-12-31"), "366").from())
                .isEqualTo(LocalDate.parse("2028-01-01"));
    }

    @Test
    void anything_but_a_whole_number_from_1_to_366_names_days() {
        for (String bad : List.of("0", "367", "-1", "", "abc", "1.5", " 30", "2147483648")) {
            assertThatThrownBy(() -> DailyWindow.endingOn(TODAY, bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                                    .containsExactly("days"));
        }
    }

    @Test
    void a_window_is_its_days_long() {
        assertThatThrownBy(() -> new DailyWindow(TODAY, TODAY, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
