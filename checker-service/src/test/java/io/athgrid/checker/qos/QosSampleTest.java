package io.athgrid.checker.qos;

import static io.athgrid.checker.fixtures.Checkers.ALIVE;
import static io.athgrid.checker.fixtures.Checkers.NOW;
import static io.athgrid.checker.fixtures.Checkers.UNREACHABLE;
import static io.athgrid.checker.fixtures.Checkers.liveness;
import static io.athgrid.checker.fixtures.Checkers.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.referee.Outcome;
import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QosSampleTest {

    @Test
    void a_healthy_container_scores_100_and_an_unreachable_one_0() {
        assertThat(QosSample.of(liveness(Outcome.PASSED, ALIVE))).hasValue(100);
        assertThat(QosSample.of(liveness(Outcome.FAILED, UNREACHABLE))).hasValue(0);
    }

    @Test
    void packet_loss_and_a_slow_probe_take_their_band_off() {
        LivenessResult lossyAndSlow = new LivenessResult(true, new BigDecimal("12"), 1_200);
        LivenessResult failing = new LivenessResult(true, new BigDecimal("60"), 6_000);

        assertThat(QosSample.of(liveness(Outcome.PASSED, lossyAndSlow))).hasValue(80);
        assertThat(QosSample.of(liveness(Outcome.FAILED, failing))).hasValue(0);
    }

    @Test
    void qoe_loses_a_point_per_50_ms_of_latency_band_and_two_per_error_percent_band() {
        QoeResult result = new QoeResult(true, 300, new BigDecimal("40"), new BigDecimal("2"));

        assertThat(QosSample.of(verdict(CheckKind.QOE, Outcome.PASSED, result, "SERVING", NOW))).hasValue(93);
        assertThat(QosSample.of(verdict(CheckKind.QOE, Outcome.FAILED, QoeResult.unresponsive(), "SERVING", NOW)))
                .hasValue(0);
    }

    @Test
    void disagreement_and_capacity_checks_say_nothing_about_service_quality() {
        CapacityResult capacity = new CapacityResult(true, "H100_SXM", 8, 80, new BigDecimal("100000"));

        assertThat(QosSample.of(liveness(Outcome.NO_MAJORITY, ALIVE))).isEqualTo(OptionalInt.empty());
        assertThat(QosSample.of(verdict(CheckKind.CAPACITY, Outcome.PASSED, capacity, "STANDBY", NOW))).isEmpty();
    }
}
