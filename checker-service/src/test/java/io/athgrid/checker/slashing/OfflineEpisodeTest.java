package io.athgrid.checker.slashing;

import static io.athgrid.checker.fixtures.Checkers.ALIVE;
import static io.athgrid.checker.fixtures.Checkers.NOW;
import static io.athgrid.checker.fixtures.Checkers.UNREACHABLE;
import static io.athgrid.checker.fixtures.Checkers.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.referee.Outcome;
import io.athgrid.checker.referee.Verdict;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.QoeResult;
import org.junit.jupiter.api.Test;

class OfflineEpisodeTest {

    private static final int FAILURES = 3;

    private static Verdict failed(int minute) {
        return verdict(CheckKind.LIVENESS, Outcome.FAILED, UNREACHABLE, "SERVING", NOW.plusSeconds(60L * minute));
    }

    private static Verdict passed(int minute) {
        return verdict(CheckKind.LIVENESS, Outcome.PASSED, ALIVE, "SERVING", NOW.plusSeconds(60L * minute));
    }

    @Test
    void three_failed_minutes_in_a_row_ask_for_one_slash_with_those_verdicts_as_evidence() {
        OfflineEpisode episode = OfflineEpisode.none().after(failed(0), FAILURES).after(failed(1), FAILURES);
        assertThat(episode.slashDue(FAILURES)).isFalse();

        episode = episode.after(failed(2), FAILURES);
        assertThat(episode.slashDue(FAILURES)).isTrue();
        assertThat(episode.failures()).containsExactly(failed(0), failed(1), failed(2));

        episode = episode.slashProposed().after(failed(3), FAILURES).after(failed(4), FAILURES);
        assertThat(episode.slashDue(FAILURES)).isFalse();
        assertThat(episode.failures()).hasSize(FAILURES);
    }

    @Test
    void a_passed_check_ends_the_episode_and_the_next_outage_is_slashed_again() {
        OfflineEpisode episode = OfflineEpisode.none().after(failed(0), FAILURES).after(failed(1), FAILURES)
                .after(failed(2), FAILURES).slashProposed().after(passed(3), FAILURES);
        assertThat(episode).isEqualTo(OfflineEpisode.none());

        episode = episode.after(failed(4), FAILURES).after(failed(5), FAILURES).after(failed(6), FAILURES);
        assertThat(episode.slashDue(FAILURES)).isTrue();
    }

    @Test
    void disagreement_and_other_kinds_of_check_neither_extend_nor_end_it() {
        Verdict noMajority = verdict(CheckKind.LIVENESS, Outcome.NO_MAJORITY, ALIVE, "SERVING", NOW.plusSeconds(60));
        Verdict qoePassed = verdict(CheckKind.QOE, Outcome.PASSED,
                QoeResult.unresponsive(), "SERVING", NOW.plusSeconds(60));

        OfflineEpisode episode = OfflineEpisode.none().after(failed(0), FAILURES).after(noMajority, FAILURES)
                .after(qoePassed, FAILURES).after(failed(2), FAILURES);

        assertThat(episode.failures()).containsExactly(failed(0), failed(2));
    }
}
