package io.athgrid.agent.simulation;

import io.athgrid.protocol.container.GpuModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Typical market prices per GPU-hour (USD) the simulation spreads its offers around: each offer is
 * the model's price {@value #SPREAD_PERCENT} % either way, with 2 to 4 decimals.
 */
public final class ModelPrices {

    public static final int SPREAD_PERCENT = 15;
    private static final Map<GpuModel, BigDecimal> TYPICAL = Map.of(
            GpuModel.H100_SXM, new BigDecimal("2.20"),
            GpuModel.H100_PCIE, new BigDecimal("1.90"),
            GpuModel.H200, new BigDecimal("3.10"),
            GpuModel.B200, new BigDecimal("4.50"),
            GpuModel.A100, new BigDecimal("1.30"),
            GpuModel.L40S, new BigDecimal("0.90"),
            GpuModel.RTX_4090, new BigDecimal("0.45"));

    private ModelPrices() {
    }

    public static BigDecimal typical(GpuModel model) {
        return TYPICAL.get(model);
    }

    static BigDecimal lowest(GpuModel model) {
        return typical(model).multiply(BigDecimal.valueOf(100 - SPREAD_PERCENT)).movePointLeft(2);
    }

    static BigDecimal highest(GpuModel model) {
        return typical(model).multiply(BigDecimal.valueOf(100 + SPREAD_PERCENT)).movePointLeft(2);
    }

    /** A price within the spread around the model's typical price. */
    static BigDecimal offer(GpuModel model, RandomGenerator random) {
        int decimals = 2 + random.nextInt(3);
        // Basis points from -1500 to +1500 of the typical price.
        BigDecimal factor = BigDecimal.valueOf(10_000 + random.nextInt(-SPREAD_PERCENT * 100, SPREAD_PERCENT * 100 + 1)).movePointLeft(4);
        BigDecimal price = typical(model).multiply(factor).setScale(decimals, RoundingMode.HALF_UP);
        // Rounding must not leave the spread.
        BigDecimal low = lowest(model).setScale(decimals, RoundingMode.CEILING);
        BigDecimal high = highest(model).setScale(decimals, RoundingMode.FLOOR);
        return price.max(low).min(high);
    }
}
