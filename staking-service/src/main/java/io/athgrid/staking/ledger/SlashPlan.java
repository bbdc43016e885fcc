package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a container slash is taken from: the owner's container rewards first (what is still
 * vesting, newest grants first, then what is available, capacity before delivery rewards), and
 * only the rest from the container's bond on chain.
 */
public record SlashPlan(String owner, List<GrantTake> fromVesting, SortedMap<Origin, BigInteger> fromAvailable,
        BigInteger fromBondWei) {

    private static final Comparator<VestingGrant> NEWEST_FIRST = Comparator.comparing(VestingGrant::startsAt)
            .thenComparing(VestingGrant::endsAt).reversed().thenComparing(VestingGrant::id);

    /**
     * @param grants    the owner's grants (only VESTING container rewards are taken)
     * @param available the owner's AVAILABLE balances per origin (only container rewards are taken)
     */
    public static SlashPlan of(String owner, BigInteger amountWei, List<VestingGrant> grants,
            Map<Origin, BigInteger> available) {
        if (amountWei.signum() < 0) {
            throw new IllegalArgumentException("a slash is not negative");
        }
        BigInteger left = amountWei;
        List<GrantTake> fromVesting = new ArrayList<>();
        List<VestingGrant> newestFirst = grants.stream()
                .filter(grant -> grant.bucket() == Bucket.VESTING && grant.origin().containerReward())
                .sorted(NEWEST_FIRST)
                .toList();
        for (VestingGrant grant : newestFirst) {
            BigInteger take = left.min(grant.unreleasedWei());
            if (take.signum() > 0) {
                fromVesting.add(new GrantTake(grant, take));
                left = left.subtract(take);
            }
        }
        SortedMap<Origin, BigInteger> fromAvailable = new TreeMap<>();
        for (Origin origin : Origin.values()) {
            BigInteger take = left.min(available.getOrDefault(origin, BigInteger.ZERO));
            if (origin.containerReward() && take.signum() > 0) {
                fromAvailable.put(origin, take);
                left = left.subtract(take);
            }
        }
        return new SlashPlan(owner, List.copyOf(fromVesting), fromAvailable, left);
    }

    public BigInteger fromRewardsWei() {
        return fromVesting.stream().map(GrantTake::amountWei).reduce(BigInteger.ZERO, BigInteger::add)
                .add(fromAvailable.values().stream().reduce(BigInteger.ZERO, BigInteger::add));
    }

    /** The booking of the part taken from rewards: into the SLASHED account of each origin. */
    public Optional<JournalEntry> entry(String slashId) {
        JournalEntry.Builder entry = JournalEntry.builder("slash:" + slashId, EntryKind.SLASH, null);
        fromVesting.forEach(take -> entry.move(LedgerAccount.vesting(owner, take.grant().origin()),
                LedgerAccount.slashed(take.grant().origin()), take.amountWei()));
        fromAvailable.forEach((origin, amount) -> entry.move(LedgerAccount.available(owner, origin),
                LedgerAccount.slashed(origin), amount));
        return entry.build();
    }

    /** What the slash takes from one vesting grant. */
    public record GrantTake(VestingGrant grant, BigInteger amountWei) {
    }
}
