package io.athgrid.registry.stake;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A container's stake requirement for one month: K (ATH wei per GPU of its model) x its GPU count
 * x the staking coefficient SC, rounded down to whole wei. Fixed once computed for the month.
 */
public record StakeRequirement(YearMonth month, BigInteger kValueWei, BigDecimal stakingCoefficient,
        BigInteger amountWei) {

    public StakeRequirement {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(kValueWei, "kValueWei");
        Objects.requireNonNull(stakingCoefficient, "stakingCoefficient");
        Objects.requireNonNull(amountWei, "amountWei");
    }

    public static StakeRequirement compute(YearMonth month, BigInteger kValueWeiPerGpu, int gpuCount,
            BigDecimal stakingCoefficient) {
        if (kValueWeiPerGpu.signum() < 0 || gpuCount < 1 || stakingCoefficient.signum() < 0) {
            throw new IllegalArgumentException("K, the GPU count and SC must not be negative");
        }
        BigInteger amount = new BigDecimal(kValueWeiPerGpu.multiply(BigInteger.valueOf(gpuCount)))
                .multiply(stakingCoefficient)
                .setScale(0, RoundingMode.DOWN)
                .toBigIntegerExact();
        return new StakeRequirement(month, kValueWeiPerGpu, stakingCoefficient, amount);
    }
}
