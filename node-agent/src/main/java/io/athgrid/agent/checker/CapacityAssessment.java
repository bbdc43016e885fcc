package io.athgrid.agent.checker;

import io.athgrid.protocol.check.Bands;
import io.athgrid.protocol.check.CapacityResult;
import java.math.BigDecimal;

/**
 * Whether the hardware a capacity check found qualifies for what the container registered: the
 * same GPU model, at least as many GPUs, at least the registered VRAM per GPU (both in 4 GB steps),
 * and a benchmark score at most {@value #BENCHMARK_TOLERANCE_BANDS} half-octave band below what
 * the registered hardware should score. Every checker must judge alike, so the tolerance is a
 * constant of the check protocol, not a setting: a score of at least 71 % (1/√2) of the reference
 * always qualifies, one under half of it never does.
 */
public final class CapacityAssessment {

    public static final int BENCHMARK_TOLERANCE_BANDS = 1;

    private CapacityAssessment() {
    }

    /**
     * @param expectedScore what the registered hardware scores in the reference benchmark
     */
    public static CapacityResult assess(RegisteredHardware registered, String foundModel, int foundGpus, int foundVramGb,
            BigDecimal score, BigDecimal expectedScore) {
        boolean qualified = foundModel.equals(registered.gpuModel())
                && foundGpus >= registered.gpuCount()
                && Bands.vramGb(foundVramGb) >= Bands.vramGb(registered.vramGbPerGpu())
                && Bands.halfOctave(score) >= Bands.halfOctave(expectedScore) - BENCHMARK_TOLERANCE_BANDS;
        return new CapacityResult(qualified, foundModel, foundGpus, foundVramGb, score);
    }
}
