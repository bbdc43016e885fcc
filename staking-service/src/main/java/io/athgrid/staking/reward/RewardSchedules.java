package io.athgrid.staking.reward;

import io.athgrid.support.pricing.AthUsdRate;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staking pools' emission schedules. A schedule's ATH/USD rate is locked (stored) when its
 * first epoch begins, and from then on the stored schedule is what counts: a started campaign keeps
 * its terms even if the configuration changes or drops it.
 */
public class RewardSchedules {

    private static final Logger log = LoggerFactory.getLogger(RewardSchedules.class);

    private final List<EmissionSchedule> configured;
    private final ScheduleStore store;
    private final PriceFeed prices;
    private final Clock clock;

    public RewardSchedules(List<EmissionSchedule> configured, ScheduleStore store, PriceFeed prices, Clock clock) {
        this.configured = List.copyOf(configured);
        this.store = store;
        this.prices = prices;
        this.clock = clock;
    }

    /** Locks the rate of every configured schedule whose first epoch has begun by {@code epoch}. */
    public void lockStarted(long epoch) {
        Map<String, LockedSchedule> locked = lockedById();
        for (EmissionSchedule schedule : configured) {
            if (schedule.startEpoch() <= epoch && !locked.containsKey(schedule.id())) {
                LockedSchedule lock = LockedSchedule.lock(schedule, prices.current());
                store.lock(lock, clock.instant());
                log.info("Emission schedule {} started: {} USD per ATH locked, {} wei over {} epochs", schedule.id(),
                        lock.rate().usdPerAth(), lock.totalWei(), schedule.epochs());
            } else if (locked.containsKey(schedule.id()) && !locked.get(schedule.id()).schedule().sameTerms(schedule)) {
                log.warn("Emission schedule {} changed in configuration after it started; its started terms stay",
                        schedule.id());
            }
        }
    }

    /** What {@code pool} emits in {@code epoch}: the locked schedules covering it (locking any that started unseen). */
    public BigInteger emissionIn(StakingPool pool, long epoch) {
        lockStarted(epoch);
        return lockedById().values().stream()
                .filter(locked -> locked.schedule().pool() == pool)
                .map(locked -> locked.emissionIn(epoch))
                .reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** Every schedule: started ones as locked, the others as configured (empty rate). */
    public List<ScheduleState> all() {
        Map<String, LockedSchedule> locked = lockedById();
        List<ScheduleState> states = new ArrayList<>();
        locked.values().forEach(lock -> states.add(new ScheduleState(lock.schedule(), Optional.of(lock))));
        configured.stream().filter(schedule -> !locked.containsKey(schedule.id()))
                .forEach(schedule -> states.add(new ScheduleState(schedule, Optional.empty())));
        return states;
    }

    /** The current price, for projecting schedules not started yet. */
    public AthUsdRate currentRate() {
        return prices.current();
    }

    private Map<String, LockedSchedule> lockedById() {
        return store.all().stream().collect(Collectors.toMap(locked -> locked.schedule().id(), Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** A schedule and, once it started, its locked terms. */
    public record ScheduleState(EmissionSchedule schedule, Optional<LockedSchedule> locked) {
    }
}
