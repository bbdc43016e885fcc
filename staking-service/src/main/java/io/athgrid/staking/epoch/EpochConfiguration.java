package io.athgrid.staking.epoch;

import io.athgrid.staking.ledger.EpochBookkeeping;
import io.athgrid.staking.reward.EpochEmissions;
import io.athgrid.staking.reward.RewardSchedules;
import io.athgrid.support.outbox.Outbox;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the staking calendar and the epoch close from {@code athgrid.staking.epochs.*}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EpochProperties.class)
class EpochConfiguration {

    @Bean
    EpochCalendar epochCalendar(EpochProperties properties) {
        return properties.calendar();
    }

    @Bean
    EpochCursor epochCursor(DataSource dataSource, EpochCalendar calendar) {
        return new EpochCursor(JdbcClient.create(dataSource), calendar);
    }

    @Bean
    EpochClosing epochClosing(EpochCalendar calendar, EpochProperties properties, EpochCursor cursor,
            EpochEmissions emissions, EpochBookkeeping bookkeeping, Outbox outbox,
            PlatformTransactionManager transactions, Clock clock) {
        return new EpochClosing(calendar, properties.closeGrace(), cursor, emissions, bookkeeping, outbox,
                new TransactionTemplate(transactions), clock);
    }

    @Bean
    EpochCloseWorker epochCloseWorker(EpochClosing closing, EpochCursor cursor, RewardSchedules schedules,
            EpochCalendar calendar, Clock clock) {
        return new EpochCloseWorker(closing, cursor, schedules, calendar, clock);
    }
}
