package io.athgrid.checker.ban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerBanTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private final CheckerBan ban = CheckerBan.defaults();

    private static Instant day(double days) {
        return T0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    @Test
    void one_incorrect_result_is_forgiven() {
        assertThat(ban.bans(List.of(T0))).isEmpty();
    }

    @Test
    void a_second_incorrect_result_within_a_week_bans_for_30_days_from_it() {
        List<Ban> bans = ban.bans(List.of(day(6.9), T0));

        assertThat(bans).containsExactly(new Ban(day(6.9), day(6.9).plus(Duration.ofDays(30))));
        assertThat(ban.inForce(List.of(T0, day(6.9)), day(36))).isPresent();
        assertThat(ban.inForce(List.of(T0, day(6.9)), day(36.9))).isEmpty();
        assertThat(ban.inForce(List.of(T0, day(6.9)), day(6))).isEmpty();
    }

    @Test
    void incorrect_results_a_week_or_more_apart_do_not_ban() {
        assertThat(ban.bans(List.of(T0, day(7)))).isEmpty();
        assertThat(ban.bans(List.of(T0, day(8), day(16)))).isEmpty();
    }

    @Test
    void results_reached_during_a_ban_neither_extend_it_nor_count_afterwards() {
        List<Ban> bans = ban.bans(List.of(T0, day(1), day(10), day(30.5), day(32)));

        assertThat(bans).containsExactly(new Ban(day(1), day(31)));
    }

    @Test
    void after_a_ban_the_count_starts_again() {
        List<Ban> bans = ban.bans(List.of(T0, day(1), day(31), day(33)));

        assertThat(bans).containsExactly(new Ban(day(1), day(31)), new Ban(day(33), day(63)));
    }

    @Test
    void results_weigh_for_a_week_up_to_now_the_result_a_week_old_no_longer() {
        Instant now = day(10);

        assertThat(ban.countsAfter(now)).isEqualTo(day(3));
        assertThat(ban.bans(List.of(day(3), now))).as("a week apart, as the window says").isEmpty();
        assertThat(ban.bans(List.of(day(3).plusSeconds(1), now))).hasSize(1);
    }
}
