package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What an epoch close releases: every grant's vested part up to the epoch's end. Vesting rewards
 * become available; claims become payouts, claimable on chain under the epoch's root.
 */
public record VestingRelease(Optional<JournalEntry> entry, Map<UUID, BigInteger> releasedByGrant,
        SortedMap<String, BigInteger> payouts) {

    public static VestingRelease upTo(long epoch, Instant end, List<VestingGrant> grants) {
        JournalEntry.Builder entry = JournalEntry.builder("release:" + epoch, EntryKind.VESTING_RELEASE, epoch);
        Map<UUID, BigInteger> released = new TreeMap<>();
        SortedMap<String, BigInteger> payouts = new TreeMap<>();
        for (VestingGrant grant : grants) {
            BigInteger amount = grant.releasableAt(end);
            if (amount.signum() == 0) {
                continue;
            }
            released.put(grant.id(), amount);
            if (grant.bucket() == Bucket.CLAIMING) {
                entry.move(LedgerAccount.claiming(grant.owner()), LedgerAccount.payout(grant.owner()), amount);
                payouts.merge(grant.owner(), amount, BigInteger::add);
            } else {
                entry.move(LedgerAccount.vesting(grant.owner(), grant.origin()),
                        LedgerAccount.available(grant.owner(), grant.origin()), amount);
            }
        }
        return new VestingRelease(entry.build(), released, payouts);
    }
}
