package io.athgrid.staking.reward;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;

/**
 * The reward-power multiplier of a lock by how many epochs it is locked for: the bracket with the
 * highest {@code minEpochs} not above it applies (default: one bracket from 1 epoch, multiplier 1).
 * Multipliers are exact decimals, applied as integers at their largest scale so power stays exact.
 */
public final class LockMultipliers {

    private final List<Bracket> brackets;
    private final int scale;

    public LockMultipliers(List<Bracket> brackets) {
        this.brackets = brackets.stream().sorted(Comparator.comparingLong(Bracket::minEpochs).reversed()).toList();
        if (this.brackets.isEmpty() || this.brackets.get(this.brackets.size() - 1).minEpochs() > 1) {
            throw new IllegalArgumentException("lock multipliers need a bracket from 1 epoch");
        }
        this.scale = Math.max(0, brackets.stream().mapToInt(b -> b.multiplier().stripTrailingZeros().scale()).max()
                .orElse(0));
    }

    public static LockMultipliers none() {
        return new LockMultipliers(List.of(new Bracket(1, BigDecimal.ONE)));
    }

    public BigDecimal multiplierFor(long epochsLocked) {
        return brackets.stream().filter(b -> b.minEpochs() <= epochsLocked).findFirst()
                .orElse(brackets.get(brackets.size() - 1)).multiplier();
    }

    /** The multiplier x 10^scale, an integer: the same factor for every lock, so splits are unchanged. */
    BigInteger scaledFor(long epochsLocked) {
        return multiplierFor(epochsLocked).setScale(scale).unscaledValue();
    }

    /** Locks of at least {@code minEpochs} epochs earn with {@code multiplier} (positive). */
    public record Bracket(long minEpochs, BigDecimal multiplier) {

        public Bracket {
            if (minEpochs < 0 || multiplier == null || multiplier.signum() <= 0) {
                throw new IllegalArgumentException("a bracket has minEpochs >= 0 and a positive multiplier");
            }
        }
    }
}
