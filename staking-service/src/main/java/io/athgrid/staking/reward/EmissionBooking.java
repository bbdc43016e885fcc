package io.athgrid.staking.reward;

import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.ledger.Accrual;
import io.athgrid.staking.ledger.Bucket;
import io.athgrid.staking.ledger.EmissionResult;
import io.athgrid.staking.ledger.EntryKind;
import io.athgrid.staking.ledger.JournalEntry;
import io.athgrid.staking.ledger.LedgerAccount;
import io.athgrid.staking.ledger.Origin;
import io.athgrid.staking.ledger.VestingGrant;
import io.athgrid.staking.ledger.VestingPlan;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/**
 * Turns an epoch's shares of an emission pool into bookings. Staker rewards are available at once;
 * host rewards (capacity, delivery) vest by the host plan from the epoch's end. A pool nobody earned
 * from in an epoch returns its emission ({@code RETURNED}) instead of carrying it forward, so a
 * later epoch's stakers are not paid for weeks they did not stake.
 */
public final class EmissionBooking {

    private final VestingPlan hostVesting;

    public EmissionBooking(VestingPlan hostVesting) {
        this.hostVesting = hostVesting;
    }

    public EmissionResult staker(Epoch epoch, StakingPool pool, BigInteger scheduledWei,
            SortedMap<String, BigInteger> shares) {
        Origin origin = pool.origin();
        JournalEntry.Builder entry = builder(epoch, origin);
        List<Accrual> accruals = new ArrayList<>();
        shares.forEach((holder, wei) -> {
            entry.move(LedgerAccount.source(origin), LedgerAccount.available(holder, origin), wei);
            accruals.add(new Accrual(epoch.number(), holder, origin.kind(), pool.name(), wei));
        });
        return result(epoch, origin, scheduledWei, entry, accruals, List.of(), sum(shares));
    }

    public EmissionResult containers(Epoch epoch, Origin origin, BigInteger scheduledWei,
            SortedMap<ContainerShare, BigInteger> shares) {
        if (!origin.containerReward()) {
            throw new IllegalArgumentException(origin + " is not a container pool");
        }
        JournalEntry.Builder entry = builder(epoch, origin);
        List<Accrual> accruals = new ArrayList<>();
        List<VestingGrant> grants = new ArrayList<>();
        shares.forEach((share, wei) -> {
            accruals.add(new Accrual(epoch.number(), share.owner(), origin.kind(), share.containerId(), wei));
            List<VestingPlan.Part> parts = hostVesting.split(wei);
            for (int tranche = 0; tranche < parts.size(); tranche++) {
                VestingPlan.Part part = parts.get(tranche);
                if (part.amountWei().signum() == 0) {
                    continue;
                }
                if (part.immediate()) {
                    entry.move(LedgerAccount.source(origin), LedgerAccount.available(share.owner(), origin),
                            part.amountWei());
                } else {
                    entry.move(LedgerAccount.source(origin), LedgerAccount.vesting(share.owner(), origin),
                            part.amountWei());
                    grants.add(VestingGrant.of(grantId(epoch, origin, share, tranche), share.owner(), Bucket.VESTING,
                            origin, part.amountWei(), epoch.endsAt(), part.duration()));
                }
            }
        });
        return result(epoch, origin, scheduledWei, entry, accruals, grants, sum(shares));
    }

    private static JournalEntry.Builder builder(Epoch epoch, Origin origin) {
        return JournalEntry.builder("emission:" + epoch.number() + ":" + origin, EntryKind.EMISSION, epoch.number());
    }

    private static EmissionResult result(Epoch epoch, Origin origin, BigInteger scheduledWei,
            JournalEntry.Builder entry, List<Accrual> accruals, List<VestingGrant> grants, BigInteger accrued) {
        if (accrued.compareTo(scheduledWei) > 0) {
            throw new IllegalArgumentException("shares exceed the emission of " + origin);
        }
        BigInteger returned = scheduledWei.subtract(accrued);
        entry.move(LedgerAccount.source(origin), LedgerAccount.returned(origin), returned);
        return new EmissionResult(epoch.number(), origin, scheduledWei, accrued, returned, entry.build(), accruals,
                grants);
    }

    /** The same grant id for the same epoch, pool, container and tranche: a repeated close opens nothing twice. */
    private static UUID grantId(Epoch epoch, Origin origin, ContainerShare share, int tranche) {
        String name = "grant:" + epoch.number() + ":" + origin + ":" + share.containerId() + ":" + share.owner() + ":"
                + tranche;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static BigInteger sum(Map<?, BigInteger> shares) {
        return shares.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    }
}
