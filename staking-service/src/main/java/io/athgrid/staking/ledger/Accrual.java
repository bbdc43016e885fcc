package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.util.Locale;

/**
 * vATH an account earned in an epoch, of one kind, from one source (a pool, a container, a
 * license); announced as {@code RewardsAccrued} when the epoch closes.
 */
public record Accrual(long epoch, String owner, RewardKind kind, String source, BigInteger amountWei) {

    public Accrual {
        owner = owner.toLowerCase(Locale.ROOT);
        if (amountWei.signum() <= 0) {
            throw new IllegalArgumentException("an accrual is positive");
        }
    }
}
