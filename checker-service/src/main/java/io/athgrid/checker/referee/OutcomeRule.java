package io.athgrid.checker.referee;

import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;

/**
 * Whether the majority's result is a pass ({@code athgrid.checker.outcome.*}). It reads only the
 * banded values of the canonical form, so every member of the majority leads to the same verdict.
 * A band fails when its lower edge reaches the limit, so limits are best set on band edges.
 *
 * @param livenessMaxLossPercent  a reachable container fails from this packet loss (50: the "failing" band)
 * @param livenessMaxDurationMs   ... or from this probe duration (5000: the "barely answering" band)
 * @param qoeMaxLatencyMs         a workload fails from this service latency
 * @param qoeMaxErrorPercent      ... or from this error rate
 */
public record OutcomeRule(long livenessMaxLossPercent, long livenessMaxDurationMs, long qoeMaxLatencyMs,
        long qoeMaxErrorPercent) {

    public static OutcomeRule defaults() {
        return new OutcomeRule(50, 5_000, 1_000, 5);
    }

    public boolean passes(CheckResult result) {
        if (result instanceof LivenessResult liveness) {
            return liveness.reachable() && liveness.lossBand() < livenessMaxLossPercent
                    && liveness.durationBand() < livenessMaxDurationMs;
        }
        if (result instanceof QoeResult qoe) {
            return qoe.responsive() && qoe.latencyBand() < qoeMaxLatencyMs && qoe.errorBand() < qoeMaxErrorPercent;
        }
        // The checker judged the hardware against what was registered; the majority agreed with it.
        return ((CapacityResult) result).qualified();
    }
}
