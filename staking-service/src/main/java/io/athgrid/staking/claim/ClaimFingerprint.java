package io.athgrid.staking.claim;

import io.athgrid.support.web.RequestFingerprint;
import java.math.BigInteger;

/**
 * SHA-256 of a claim request as parsed (amount, option), so a repeat under the same idempotency key
 * can be told apart from a different claim. The parsed amount is hashed rather than the raw body, so a
 * retry serialised anew (whitespace, field order, leading zeros of {@code amountWei}) is still a repeat.
 */
public final class ClaimFingerprint {

    private ClaimFingerprint() {
    }

    /** 64 lower-case hex digits. */
    public static String of(BigInteger amountWei, ClaimOption option) {
        return new RequestFingerprint()
                .field("amountWei", amountWei)
                .field("option", option == null ? null : option.name())
                .sha256Hex();
    }
}
