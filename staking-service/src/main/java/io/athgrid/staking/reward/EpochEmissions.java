package io.athgrid.staking.reward;

import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.ledger.EmissionResult;
import io.athgrid.staking.ledger.Origin;
import io.athgrid.staking.lock.Locks;
import io.athgrid.staking.lock.Locks.LockSnapshot;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * An epoch's emission pools shared out: each staking pool's scheduled emission by the reward power
 * of the locks standing at the epoch's start, and the container pools by the units recorded for
 * the epoch. Runs inside the epoch close's transaction.
 */
public class EpochEmissions {

    private static final Logger log = LoggerFactory.getLogger(EpochEmissions.class);

    private final AtomicBoolean warnedNoLocks = new AtomicBoolean();

    private final RewardSchedules schedules;
    private final ObjectProvider<Locks> locks;
    private final StakerSplit stakerSplit;
    private final UnitStore units;
    private final ContainerEmission containerEmission;
    private final EmissionBooking booking;

    public EpochEmissions(RewardSchedules schedules, ObjectProvider<Locks> locks, StakerSplit stakerSplit,
            UnitStore units, ContainerEmission containerEmission, EmissionBooking booking) {
        this.schedules = schedules;
        this.locks = locks;
        this.stakerSplit = stakerSplit;
        this.units = units;
        this.containerEmission = containerEmission;
        this.booking = booking;
    }

    public List<EmissionResult> of(Epoch epoch) {
        List<EmissionResult> results = new ArrayList<>();
        List<LockSnapshot> standing = null;
        for (StakingPool pool : StakingPool.values()) {
            BigInteger scheduled = schedules.emissionIn(pool, epoch.number());
            if (scheduled.signum() == 0) {
                continue;
            }
            if (standing == null) {
                standing = locksAt(epoch);
            }
            results.add(booking.staker(epoch, pool, scheduled, stakerSplit.split(epoch, pool, scheduled, standing)));
        }
        for (Origin pool : List.of(Origin.PROOF_OF_CAPACITY, Origin.PROOF_OF_DELIVERY)) {
            BigInteger scheduled = containerEmission.of(pool);
            if (scheduled.signum() > 0) {
                results.add(booking.containers(epoch, pool, scheduled,
                        ContainerSplit.split(scheduled, units.netUnits(epoch.number(), pool))));
            }
        }
        return results;
    }

    /** Whether the epoch's stakers are known: the chain mirror holds every block up to its start. */
    public boolean ready(Epoch epoch) {
        Locks mirror = locks.getIfAvailable();
        return mirror == null || mirror.completeAt(epoch.startsAt());
    }

    private List<LockSnapshot> locksAt(Epoch epoch) {
        Locks mirror = locks.getIfAvailable();
        if (mirror == null) {
            if (!warnedNoLocks.getAndSet(true)) {
                log.warn("No chain mirror of the staking pools (Locks) in this service: epochs closed without it have "
                        + "no stakers and return their staker emission (first: epoch {})", epoch.number());
            }
            return List.of();
        }
        return mirror.asOf(epoch.startsAt());
    }
}
