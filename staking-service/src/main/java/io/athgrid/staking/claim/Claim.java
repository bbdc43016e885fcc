package io.athgrid.staking.claim;

import io.athgrid.staking.ledger.VestingGrant;
import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/**
 * A claim as stored: {@code amountWei} taken from available vATH, {@code returnedWei} of it given
 * back to the pools, the rest paid out by its grant (released into epoch payouts at epoch closes).
 */
public record Claim(UUID id, ClaimOption option, BigInteger amountWei, BigInteger returnedWei, Instant createdAt,
        VestingGrant grant) {

    public String owner() {
        return grant.owner();
    }

    public BigInteger payableWei() {
        return grant.amountWei();
    }

    /** Released into epoch payouts so far. */
    public BigInteger releasedWei() {
        return grant.releasedWei();
    }
}
