package io.athgrid.agent.simulation.checker;

import io.athgrid.agent.checker.Assignment;
import io.athgrid.agent.checker.CannotCheckException;
import io.athgrid.agent.checker.Probe;
import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import java.math.BigDecimal;

/**
 * A SIMULATED dishonest checker: it reports the opposite of what it measured. Reachable hosts are
 * reported unreachable and unreachable ones reachable, responsive ones unresponsive and the other
 * way round, qualified hardware as unqualified and the other way round. Its reports are signed and
 * well-formed, so the platform admits them; the referee's majority outvotes them.
 */
public final class LyingProbe implements Probe {

    private final Probe honest;

    public LyingProbe(Probe honest) {
        this.honest = honest;
    }

    @Override
    public CheckResult check(Assignment assignment) throws CannotCheckException {
        CheckResult measured = honest.check(assignment);
        if (measured instanceof LivenessResult liveness) {
            return liveness.reachable() ? LivenessResult.unreachable(liveness.durationMs())
                    : new LivenessResult(true, BigDecimal.ZERO, 40);
        }
        if (measured instanceof QoeResult qoe) {
            return qoe.responsive() ? QoeResult.unresponsive()
                    : new QoeResult(true, 50, BigDecimal.valueOf(1000), BigDecimal.ZERO);
        }
        CapacityResult capacity = (CapacityResult) measured;
        return new CapacityResult(!capacity.qualified(), capacity.gpuModel(), capacity.gpuCount(), capacity.vramGbPerGpu(),
                capacity.benchmarkScore());
    }
}
