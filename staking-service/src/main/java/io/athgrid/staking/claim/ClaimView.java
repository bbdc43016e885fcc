package io.athgrid.staking.claim;

import java.time.Instant;
import java.util.UUID;

/**
 * A claim, wei as strings: {@code amountWei} taken from available vATH, {@code payableWei} paid out
 * linearly from {@code vestsFrom} to {@code vestsUntil}, {@code returnedWei} returned to the pools;
 * {@code vestedWei} has vested by now, {@code releasedWei} of it is in closed epochs' payouts.
 */
public record ClaimView(UUID claimId, String account, ClaimOption option, String amountWei, String payableWei,
        String returnedWei, String vestedWei, String releasedWei, Instant createdAt, Instant vestsFrom,
        Instant vestsUntil) {

    static ClaimView of(Claim claim, Instant now) {
        return new ClaimView(claim.id(), claim.owner(), claim.option(), claim.amountWei().toString(),
                claim.payableWei().toString(), claim.returnedWei().toString(),
                claim.grant().vestedAt(now).toString(), claim.releasedWei().toString(), claim.createdAt(),
                claim.grant().startsAt(), claim.grant().endsAt());
    }
}
