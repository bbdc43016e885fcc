package io.athgrid.maas.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.maas.usage.InvalidPeriodException.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class UsagePeriodTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    private static List<Problem> problems(ThrowingCallable call) {
        List<Problem> found = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidPeriodException.class, e -> found.addAll(e.problems()));
        return found;
    }

    @Test
    void nothing_given_is_the_current_month_to_date() {
        assertThat(UsagePeriod.of(null, null, TODAY)).isEqualTo(new UsagePeriod(LocalDate.parse("2026-11-01"), TODAY));
        assertThat(UsagePeriod.of(null, null, LocalDate.parse("2026-12-01")).days()).as("the first of a month").isOne();
    }

    @Test
    void both_days_are_included_and_the_period_runs_from_midnight_to_midnight_utc() {
        UsagePeriod period = UsagePeriod.of("2026-10-30", "2026-11-02", TODAY);

        assertThat(period.days()).isEqualTo(4);
        assertThat(period.start()).isEqualTo(Instant.parse("2026-10-30T00:00:00Z"));
        assertThat(period.end()).as("exclusive").isEqualTo(Instant.parse("2026-11-03T00:00:00Z"));
        assertThat(UsagePeriod.of("2026-11-02", "2026-11-02", TODAY).days()).isOne();
    }

    @Test
    void to_alone_starts_at_its_month_and_from_alone_runs_to_today() {
        assertThat(UsagePeriod.of(null, "2026-02-14", TODAY))
                .isEqualTo(new UsagePeriod(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-14")));
        assertThat(UsagePeriod.of("2026-06-01", null, TODAY))
                .isEqualTo(new UsagePeriod(LocalDate.parse("2026-06-01"), TODAY));
        assertThat(UsagePeriod.of(null, "2027-01-31", TODAY).from()).as("future days are allowed, and empty")
                .isEqualTo(LocalDate.parse("2027-01-01"));
    }

    @Test
    void today_is_the_utc_day() {
        assertThat(UsagePeriod.today(Instant.parse("2026-11-25T23:59:59Z"))).isEqualTo(TODAY);
        assertThat(UsagePeriod.today(Instant.parse("2026-11-26T00:00:00Z"))).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void from_may_not_come_after_to() {
        assertThat(problems(() -> UsagePeriod.of("2026-11-03", "2026-11-02", TODAY)))
                .containsExactly(new Problem("from", "must not be after to (2026-11-02)"));
        assertThat(problems(() -> UsagePeriod.of("2026-12-01", null, TODAY)))
                .containsExactly(new Problem("from", "must not be after to (today, 2026-11-25)"));
    }

    @Test
    void a_period_spans_at_most_366_days() {
        assertThat(UsagePeriod.of("2024-01-01", "2024-12-31", TODAY).days()).as("a leap year").isEqualTo(366);
        assertThat(UsagePeriod.of("2025-11-25", "2026-11-25", TODAY).days()).isEqualTo(366);

        assertThat(problems(() -> UsagePeriod.of("2025-11-24", "2026-11-25", TODAY))).containsExactly(new Problem(
                "from", "a period spans at most 366 days; 2025-11-24 .. 2026-11-25 spans 367"));
        assertThat(problems(() -> UsagePeriod.of("2020-01-01", null, TODAY))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("2020-01-01 .. today, 2026-11-25"));
    }

    @Test
    void dates_are_iso_days_with_four_digit_years_and_every_malformed_one_is_named() {
        for (String malformed : List.of("", " 2026-11-01", "2026-11-1", "26-11-01", "2026/11/01", "2026-13-01",
                "2026-02-30", "2026-11-01T00:00", "2026-11-01Z", "+12026-01-01", "yesterday")) {
            assertThat(problems(() -> UsagePeriod.of(malformed, "2026-11-20", TODAY))).as(malformed)
                    .extracting(Problem::field).containsExactly("from");
        }
        assertThat(problems(() -> UsagePeriod.of("2026-11-31", "11/25/2026", TODAY)))
                .extracting(Problem::field).containsExactly("to", "from");
        assertThat(UsagePeriod.of("2028-02-29", "2028-02-29", TODAY).days()).isOne();
    }

    @Test
    void a_reversed_or_too_long_period_cannot_be_built() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UsagePeriod(TODAY, TODAY.minusDays(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new UsagePeriod(TODAY.minusDays(366), TODAY));
    }
}
