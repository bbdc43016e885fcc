package io.athgrid.checker.qos;

import io.athgrid.checker.referee.Outcome;
import io.athgrid.checker.referee.Verdict;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import java.util.OptionalInt;

/**
 * What one verdict says about a container's quality, 0 to 100, from the majority's banded result:
 * <ul>
 * <li>liveness: 0 if unreachable, else {@code 100 - loss band (0, 10, 50) - duration band / 100 (0, 10, 50)};
 * <li>QoE: 0 if not responsive, else {@code 100 - latency band / 50 (0 .. 100) - 2 x error band (0, 2, 10, 50)};
 * </ul>
 * floored at 0. A verdict without a majority says nothing about the container (the checkers
 * disagreed), and capacity checks are about hardware, not service, so neither gives a sample.
 */
public final class QosSample {

    private QosSample() {
    }

    public static OptionalInt of(Verdict verdict) {
        if (verdict.outcome() == Outcome.NO_MAJORITY || verdict.majorityResult().isEmpty()) {
            return OptionalInt.empty();
        }
        CheckResult result = verdict.majorityResult().get();
        if (result instanceof LivenessResult liveness) {
            return OptionalInt.of(liveness.reachable()
                    ? floor(100 - liveness.lossBand() - liveness.durationBand() / 100) : 0);
        }
        if (result instanceof QoeResult qoe) {
            return OptionalInt.of(qoe.responsive()
                    ? floor(100 - qoe.latencyBand() / 50 - 2 * qoe.errorBand()) : 0);
        }
        return OptionalInt.empty();
    }

    private static int floor(long score) {
        return (int) Math.max(0, score);
    }
}
