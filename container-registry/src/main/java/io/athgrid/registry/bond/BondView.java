package io.athgrid.registry.bond;

import io.athgrid.registry.stake.StakeRequirement;
import java.time.Instant;
import java.util.Optional;

/**
 * A container's bond as JSON, next to its requirement: {@code state} NONE until the staking-service
 * reports one, {@code amountWei} as a string, {@code coversRequirement} whether it meets this month's.
 */
public record BondView(String state, String amountWei, Instant unbondingEnd, boolean coversRequirement) {

    public static BondView of(Optional<Bond> bond, StakeRequirement requirement) {
        return bond.map(known -> new BondView(known.state().name(), known.amountWei().toString(),
                        known.unbondingEnd(), known.covers(requirement.amountWei())))
                .orElseGet(() -> new BondView("NONE", "0", null, false));
    }
}
