package io.athgrid.staking.bond;

import java.time.Instant;
import java.util.List;

/**
 * A container's bond as the API shows it; wei as strings.
 *
 * @param status       {@code BONDED}, or {@code UNBONDING} once the owner started leaving
 * @param unbondingEnd when the owner may withdraw; null while bonded
 * @param changes      every mirrored change of the container's bonds, oldest first
 */
public record BondView(String containerId, String owner, String amountWei, String status, Instant unbondingEnd,
        List<ChangeView> changes) {

    /** One change: POSTED, INCREASED, SLASHED, UNBONDING_STARTED or WITHDRAWN, and the bond after it. */
    public record ChangeView(String change, String deltaWei, String amountWei, Instant unbondingEnd,
            String evidenceHash, long blockNumber, Instant blockTime, String txHash) {
    }

    static BondView of(Bonds.Bond bond, List<Bonds.Change> changes) {
        return new BondView(bond.containerId(), bond.owner(), bond.amountWei().toString(),
                bond.unbondingEnd() == null ? "BONDED" : "UNBONDING", bond.unbondingEnd(),
                changes.stream().map(change -> new ChangeView(change.change(), change.deltaWei().toString(),
                        change.amountWei().toString(), change.unbondingEnd(), change.evidenceHash(),
                        change.blockNumber(), change.blockTime(), change.txHash())).toList());
    }
}
