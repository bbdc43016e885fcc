package io.athgrid.checker.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.protocol.check.CheckKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:42Z");
    private final CheckSchedule schedule = new CheckSchedule(CheckTimings.defaults());

    private static List<CheckKind> kinds(List<DueCheck> due) {
        return due.stream().map(DueCheck::kind).toList();
    }

    @Test
    void an_idle_container_is_due_for_liveness_and_its_daily_capacity_check() {
        assertThat(kinds(schedule.due("c-1", "STANDBY", Map.of(), NOW)))
                .containsExactly(CheckKind.LIVENESS, CheckKind.CAPACITY);
    }

    @Test
    void a_serving_container_is_due_for_liveness_and_qoe_but_not_a_benchmark() {
        assertThat(kinds(schedule.due("c-1", "SERVING", Map.of(), NOW)))
                .containsExactly(CheckKind.LIVENESS, CheckKind.QOE);
    }

    @Test
    void containers_that_are_offline_or_gone_are_not_checked() {
        assertThat(schedule.due("c-1", "OFFLINE", Map.of(), NOW)).isEmpty();
        assertThat(schedule.due("c-1", "RETIRED", Map.of(), NOW)).isEmpty();
    }

    @Test
    void windows_are_whole_minutes_and_whole_utc_days() {
        DueCheck liveness = schedule.windowAt("c-1", CheckKind.LIVENESS, NOW);
        DueCheck capacity = schedule.windowAt("c-1", CheckKind.CAPACITY, NOW);

        assertThat(liveness.windowStart()).isEqualTo("2026-03-02T10:15:00Z");
        assertThat(liveness.windowEnd()).isEqualTo("2026-03-02T10:16:00Z");
        assertThat(capacity.windowStart()).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(capacity.windowEnd()).isEqualTo("2026-03-03T00:00:00Z");
    }

    @Test
    void a_window_already_scheduled_is_not_due_again_and_the_next_one_is() {
        Map<CheckKind, Instant> scheduled = Map.of(CheckKind.LIVENESS, Instant.parse("2026-03-02T10:15:00Z"),
                CheckKind.CAPACITY, Instant.parse("2026-03-02T00:00:00Z"));

        assertThat(schedule.due("c-1", "STANDBY", scheduled, NOW)).isEmpty();
        assertThat(kinds(schedule.due("c-1", "STANDBY", scheduled, NOW.plusSeconds(18))))
                .containsExactly(CheckKind.LIVENESS);
    }

    @Test
    void the_job_id_is_the_same_for_the_same_window_and_differs_for_another() {
        String id = schedule.windowAt("c-1", CheckKind.LIVENESS, NOW).jobId();

        assertThat(schedule.windowAt("c-1", CheckKind.LIVENESS, NOW.minusSeconds(42)).jobId()).isEqualTo(id);
        assertThat(schedule.windowAt("c-1", CheckKind.LIVENESS, NOW.plusSeconds(18)).jobId()).isNotEqualTo(id);
        assertThat(schedule.windowAt("c-2", CheckKind.LIVENESS, NOW).jobId()).isNotEqualTo(id);
        assertThat(schedule.windowAt("c-1", CheckKind.QOE, NOW).jobId()).isNotEqualTo(id);
    }

    @Test
    void a_job_is_decided_within_its_kinds_time() {
        assertThat(schedule.decideBy(CheckKind.LIVENESS, NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(schedule.decideBy(CheckKind.CAPACITY, NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void intervals_must_tile_the_day_and_leave_time_to_answer() {
        assertThatThrownBy(() -> new KindTiming(Duration.ofSeconds(7), Duration.ofSeconds(1), Duration.ofSeconds(5),
                Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KindTiming(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(20),
                Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
