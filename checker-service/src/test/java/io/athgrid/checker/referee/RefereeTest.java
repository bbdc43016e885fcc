package io.athgrid.checker.referee;

import static io.athgrid.checker.fixtures.Checkers.ALIVE;
import static io.athgrid.checker.fixtures.Checkers.ALIVE_ELSEWHERE;
import static io.athgrid.checker.fixtures.Checkers.LOSSY;
import static io.athgrid.checker.fixtures.Checkers.NOW;
import static io.athgrid.checker.fixtures.Checkers.UNREACHABLE;
import static io.athgrid.checker.fixtures.Checkers.admitted;
import static io.athgrid.checker.fixtures.Checkers.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.assignment.SeatState;
import io.athgrid.checker.fixtures.Checkers;
import io.athgrid.protocol.check.CheckKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefereeTest {

    private final Referee referee = new Referee(OutcomeRule.defaults());

    @Test
    void honest_checkers_in_different_regions_agree_and_are_all_correct() {
        CheckJob job = reported(Checkers.livenessJob(1, 2, 3), 1, 2, 3);

        Verdict verdict = referee.decide(job, List.of(admitted(job, 1, ALIVE), admitted(job, 2, ALIVE_ELSEWHERE),
                admitted(job, 3, ALIVE)), NOW.plusSeconds(7));

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(verdict.correct()).containsExactly(1L, 2L, 3L);
        assertThat(verdict.incorrect()).isEmpty();
        assertThat(verdict.resultHash()).isEqualTo(ALIVE.resultHash());
    }

    @Test
    void the_majority_wins_and_only_its_members_are_correct() {
        CheckJob job = reported(Checkers.livenessJob(1, 2, 3), 1, 2, 3);

        Verdict verdict = referee.decide(job, List.of(admitted(job, 1, UNREACHABLE), admitted(job, 2, ALIVE),
                admitted(job, 3, UNREACHABLE)), NOW.plusSeconds(7));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(verdict.correct()).containsExactly(1L, 3L);
        assertThat(verdict.incorrect()).containsExactly(2L);
        assertThat(verdict.majorityResult()).contains(UNREACHABLE);
    }

    @Test
    void without_a_majority_every_report_is_incorrect() {
        CheckJob job = reported(Checkers.livenessJob(1, 2, 3), 1, 2, 3);

        Verdict verdict = referee.decide(job, List.of(admitted(job, 1, UNREACHABLE), admitted(job, 2, ALIVE),
                admitted(job, 3, LOSSY)), NOW.plusSeconds(7));

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_MAJORITY);
        assertThat(verdict.correct()).isEmpty();
        assertThat(verdict.incorrect()).containsExactly(1L, 2L, 3L);
        assertThat(verdict.resultHash()).isEmpty();
    }

    @Test
    void the_majority_is_counted_against_the_seats_assigned_not_the_reports_received() {
        CheckJob job = reported(Checkers.livenessJob(1, 2, 3), 1);

        Verdict verdict = referee.decide(job, List.of(admitted(job, 1, UNREACHABLE)), job.decideBy());

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_MAJORITY);
        assertThat(verdict.incorrect()).containsExactly(1L);
        assertThat(verdict.missing()).containsExactly(2L, 3L);
    }

    @Test
    void two_agreeing_of_three_seats_decide_at_the_deadline_when_the_third_stays_silent() {
        CheckJob job = reported(Checkers.livenessJob(1, 2, 3), 1, 3);

        Verdict verdict = referee.decide(job, List.of(admitted(job, 1, ALIVE), admitted(job, 3, ALIVE)),
                job.decideBy());

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(verdict.correct()).containsExactly(1L, 3L);
        assertThat(verdict.missing()).containsExactly(2L);
    }

    @Test
    void with_n_of_2_three_of_five_seats_are_needed() {
        CheckJob job = reported(Checkers.job(CheckKind.LIVENESS, "SERVING", 5, 1, 2, 3, 4, 5), 1, 2, 3, 4);
        CheckJob three = reported(Checkers.job(CheckKind.LIVENESS, "SERVING", 5, 1, 2, 3, 4, 5), 1, 2, 3);

        assertThat(referee.decide(job, List.of(admitted(job, 1, ALIVE), admitted(job, 2, ALIVE),
                admitted(job, 3, UNREACHABLE), admitted(job, 4, UNREACHABLE)), job.decideBy()).outcome())
                .isEqualTo(Outcome.NO_MAJORITY);
        assertThat(referee.decide(three, List.of(admitted(three, 1, ALIVE), admitted(three, 2, ALIVE),
                admitted(three, 3, ALIVE)), three.decideBy()).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void reports_without_a_reported_seat_do_not_count() {
        CheckJob job = reported(Checkers.livenessJob(1, 2, 3), 1).mark(2, SeatState.WITHDRAWN);

        Verdict verdict = referee.decide(job, List.of(admitted(job, 1, ALIVE), admitted(job, 2, ALIVE),
                admitted(job, 1, UNREACHABLE)), job.decideBy());

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_MAJORITY);
        assertThat(verdict.incorrect()).containsExactly(1L);
    }

    @Test
    void decides_once_every_seat_answered_or_at_the_decision_time_and_only_once() {
        CheckJob waiting = reported(Checkers.livenessJob(1, 2, 3), 1, 2);
        CheckJob allIn = reported(waiting, 3);

        assertThat(referee.due(waiting, NOW.plusSeconds(30))).isFalse();
        assertThat(referee.due(waiting, waiting.decideBy())).isTrue();
        assertThat(referee.due(allIn, NOW.plusSeconds(30))).isTrue();
        assertThat(referee.due(allIn.decide(NOW), NOW.plusSeconds(90))).isFalse();
        assertThatThrownBy(() -> referee.decide(allIn.decide(NOW), List.of(), NOW))
                .isInstanceOf(IllegalStateException.class);
    }
}
