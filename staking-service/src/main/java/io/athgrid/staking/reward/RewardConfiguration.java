package io.athgrid.staking.reward;

import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.lock.Locks;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires reward computation from {@code athgrid.staking.rewards.*}. The staking pools' locks come from
 * the chain mirror when this service runs one ({@link Locks}); without it, pools have no stakers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RewardProperties.class)
class RewardConfiguration {

    @Bean
    PriceFeed rewardPriceFeed(RewardProperties properties, Clock clock) {
        return new ConfiguredPriceFeed(properties.usdPerAth(), clock);
    }

    @Bean
    ScheduleStore scheduleStore(DataSource dataSource) {
        return new ScheduleStore(JdbcClient.create(dataSource));
    }

    @Bean
    RewardSchedules rewardSchedules(RewardProperties properties, ScheduleStore store, PriceFeed prices, Clock clock) {
        return new RewardSchedules(properties.emissionSchedules(), store, prices, clock);
    }

    @Bean
    UnitStore unitStore(DataSource dataSource) {
        return new UnitStore(JdbcClient.create(dataSource));
    }

    @Bean
    StakerSplit stakerSplit(EpochCalendar calendar, RewardProperties properties) {
        return new StakerSplit(new RewardPower(calendar, properties.lockMultipliers()));
    }

    @Bean
    EpochEmissions epochEmissions(RewardSchedules schedules, ObjectProvider<Locks> locks, StakerSplit stakerSplit,
            UnitStore units, RewardProperties properties) {
        return new EpochEmissions(schedules, locks, stakerSplit, units, properties.containerEmission(),
                new EmissionBooking(properties.hostVestingPlan()));
    }

    @Bean
    PoolOverview poolOverview(RewardSchedules schedules, ObjectProvider<Locks> locks, EpochCalendar calendar,
            RewardProperties properties, Clock clock) {
        return new PoolOverview(schedules, locks, calendar, properties.aprYear(), clock);
    }

    @Bean
    ProvisionalRewards provisionalRewards(EpochCalendar calendar, EpochCursor cursor, UnitStore units,
            RewardProperties properties, Clock clock) {
        return new ProvisionalRewards(calendar, cursor, units, new ProvisionalSplit(properties.containerEmission()),
                clock);
    }

    @Bean
    CapacityProofs capacityProofs(UnitStore units, EpochCursor cursor, Clock clock) {
        return new CapacityProofs(units, cursor, clock);
    }

    @Bean
    DeliveredUsage deliveredUsage(UnitStore units, EpochCursor cursor, Clock clock) {
        return new DeliveredUsage(units, cursor, clock);
    }

    @Bean
    RefundedUsage refundedUsage(UnitStore units, EpochCursor cursor, Clock clock) {
        return new RefundedUsage(units, cursor, clock);
    }
}
