package io.athgrid.agent.simulation.checker;

import io.athgrid.agent.simulation.GpuSpec;
import io.athgrid.protocol.container.GpuModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The reference benchmark of SIMULATED hosts: a score per GPU (roughly dense FP16 TFLOPS of the
 * board) times the GPUs a host really has, and each host a few percent off the reference, always
 * the same for the same host so every honest checker measures the same score.
 */
public final class SimulatedBenchmark {

    private static final Map<GpuModel, Integer> SCORE_PER_GPU = Map.of(
            GpuModel.H100_SXM, 989, GpuModel.H100_PCIE, 756, GpuModel.H200, 989, GpuModel.B200, 2250,
            GpuModel.A100, 312, GpuModel.L40S, 362, GpuModel.RTX_4090, 165);
    /** How far below or above the reference a host may score, in percent. */
    private static final int HOST_SPREAD_PERCENT = 3;

    private SimulatedBenchmark() {
    }

    /** What {@code gpus} score by the reference. */
    public static BigDecimal expected(GpuSpec gpus) {
        return expected(gpus.model(), gpus.count());
    }

    public static BigDecimal expected(GpuModel model, int count) {
        return BigDecimal.valueOf((long) SCORE_PER_GPU.get(model) * count);
    }

    /** What host {@code hostNumber} with {@code gpus} scores. */
    public static BigDecimal score(GpuSpec gpus, int hostNumber) {
        int percent = 100 - HOST_SPREAD_PERCENT + Math.floorMod(hostNumber * 7, 2 * HOST_SPREAD_PERCENT + 1);
        return expected(gpus).multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
