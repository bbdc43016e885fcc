package io.athgrid.checker.slashing;

import java.math.BigInteger;
import java.time.Instant;

/** What a quorum-backed failure costs a container. */
public sealed interface Penalty permits Penalty.Slash, Penalty.CapacityRewardExclusion {

    /** A slash to propose: taken from rewards first, then stake, once its dispute window passes. */
    record Slash(SlashReason reason, BigInteger amountWei) implements Penalty {
    }

    /** No slash, but no Proof-of-Capacity reward for {@code from}..{@code to} (offline while idle). */
    record CapacityRewardExclusion(Instant from, Instant to) implements Penalty {
    }
}
