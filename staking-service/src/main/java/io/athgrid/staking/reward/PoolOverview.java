package io.athgrid.staking.reward;

import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.lock.Locks;
import io.athgrid.staking.lock.Locks.LockSnapshot;
import io.athgrid.support.pricing.AthUsdRate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Both staking pools as they stand: locked now, emitting in the current epoch, the APR that gives,
 * and their schedules. A schedule not started yet is shown at the current price; its rate is locked
 * when it starts. Without the chain mirror, what is locked is unknown (null) and so is the APR.
 */
public class PoolOverview {

    private final RewardSchedules schedules;
    private final ObjectProvider<Locks> locks;
    private final EpochCalendar calendar;
    private final Duration aprYear;
    private final Clock clock;

    public PoolOverview(RewardSchedules schedules, ObjectProvider<Locks> locks, EpochCalendar calendar,
            Duration aprYear, Clock clock) {
        this.schedules = schedules;
        this.locks = locks;
        this.calendar = calendar;
        this.aprYear = aprYear;
        this.clock = clock;
    }

    public PoolsView now() {
        Instant now = clock.instant();
        long epoch = Math.max(0, calendar.numberAt(now));
        List<RewardSchedules.ScheduleState> states = schedules.all();
        Locks mirror = locks.getIfAvailable();
        List<LockSnapshot> standing = mirror == null ? null : mirror.asOf(now);
        AthUsdRate current = null;
        List<PoolView> pools = new ArrayList<>();
        for (StakingPool pool : StakingPool.values()) {
            BigInteger emission = BigInteger.ZERO;
            List<ScheduleView> views = new ArrayList<>();
            for (RewardSchedules.ScheduleState state : states) {
                if (state.schedule().pool() != pool) {
                    continue;
                }
                if (state.locked().isEmpty() && current == null) {
                    current = schedules.currentRate();
                }
                AthUsdRate today = current;
                LockedSchedule terms = state.locked().orElseGet(() -> LockedSchedule.lock(state.schedule(), today));
                emission = emission.add(terms.emissionIn(epoch));
                views.add(ScheduleView.of(state.schedule(), terms, state.locked().isPresent(), epoch));
            }
            BigInteger locked = standing == null ? null : standing.stream()
                    .filter(lock -> pool.name().equalsIgnoreCase(lock.pool()))
                    .map(LockSnapshot::amountWei).reduce(BigInteger.ZERO, BigInteger::add);
            String apr = locked == null ? null : PoolApr.of(emission, locked, calendar.length(), aprYear)
                    .map(BigDecimal::toPlainString).orElse(null);
            pools.add(new PoolView(pool.name(), locked == null ? null : locked.toString(), emission.toString(), apr,
                    views));
        }
        return new PoolsView(epoch, pools);
    }

    /** The current epoch and both pools. */
    public record PoolsView(long epoch, List<PoolView> pools) {
    }

    /** {@code apr}: an exact decimal fraction as a string (0.25 = 25 %); null while nothing is locked or locks are unknown. */
    public record PoolView(String pool, String totalLockedWei, String epochEmissionWei, String apr,
            List<ScheduleView> schedules) {
    }

    /** {@code status} UPCOMING, RUNNING or FINISHED; {@code rateLocked} false while the rate shown is today's. */
    public record ScheduleView(String id, BigDecimal totalUsd, int epochs, long startEpoch, long lastEpoch,
            String status, boolean rateLocked, BigDecimal usdPerAth, Instant rateAsOf, String totalWei,
            String perEpochWei) {

        static ScheduleView of(EmissionSchedule schedule, LockedSchedule terms, boolean locked, long epoch) {
            String status = epoch < schedule.startEpoch() ? "UPCOMING"
                    : epoch > schedule.lastEpoch() ? "FINISHED" : "RUNNING";
            return new ScheduleView(schedule.id(), schedule.totalUsd(), schedule.epochs(), schedule.startEpoch(),
                    schedule.lastEpoch(), status, locked, terms.rate().usdPerAth(), terms.rate().asOf(),
                    terms.totalWei().toString(), terms.perEpochWei().toString());
        }
    }
}
