package io.athgrid.checker.qos;

import static io.athgrid.checker.fixtures.Checkers.ALIVE;
import static io.athgrid.checker.fixtures.Checkers.UNREACHABLE;
import static io.athgrid.checker.fixtures.Checkers.liveness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.checker.referee.Outcome;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QosScoreTest {

    private static final int SMOOTHING = 1_000;

    @Test
    void the_first_sample_is_the_score() {
        QosScore score = QosScore.none().after(liveness(Outcome.FAILED, UNREACHABLE), SMOOTHING);

        assertThat(score.score()).isEqualByComparingTo("0");
        assertThat(score.samples()).isEqualTo(1);
    }

    @Test
    void each_sample_moves_the_score_a_tenth_of_the_way() {
        QosScore score = QosScore.none().withSample(100, SMOOTHING).withSample(0, SMOOTHING).withSample(50, SMOOTHING);

        // 100 -> 100 + 0.1 x (0 - 100) = 90 -> 90 + 0.1 x (50 - 90) = 86
        assertThat(score.score()).isEqualByComparingTo("86");
        assertThat(score.samples()).isEqualTo(3);
    }

    @Test
    void ten_minutes_offline_take_a_perfect_score_to_about_a_third_and_it_recovers() {
        QosScore score = QosScore.none().after(liveness(Outcome.PASSED, ALIVE), SMOOTHING);
        for (int minute = 0; minute < 10; minute++) {
            score = score.after(liveness(Outcome.FAILED, UNREACHABLE), SMOOTHING);
        }

        assertThat(score.score()).isEqualByComparingTo(new BigDecimal("34.8678"));

        for (int minute = 0; minute < 30; minute++) {
            score = score.after(liveness(Outcome.PASSED, ALIVE), SMOOTHING);
        }
        assertThat(score.score()).isBetween(new BigDecimal("97"), new BigDecimal("100"));
    }

    @Test
    void a_verdict_without_a_majority_leaves_the_score_as_it_was() {
        QosScore score = QosScore.none().withSample(80, SMOOTHING);

        assertThat(score.after(liveness(Outcome.NO_MAJORITY, ALIVE), SMOOTHING)).isEqualTo(score);
    }

    @Test
    void refuses_samples_and_smoothing_out_of_range() {
        assertThatThrownBy(() -> QosScore.none().withSample(101, SMOOTHING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QosScore.none().withSample(50, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
