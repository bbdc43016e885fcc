package io.athgrid.staking.claim;

import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.ledger.GrantStore;
import io.athgrid.staking.ledger.LedgerStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires claims from {@code athgrid.staking.claims.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClaimProperties.class)
class ClaimConfiguration {

    @Bean
    ClaimStore claimStore(DataSource dataSource) {
        return new ClaimStore(JdbcClient.create(dataSource));
    }

    @Bean
    ClaimKeyStore claimKeyStore(DataSource dataSource) {
        return new ClaimKeyStore(JdbcClient.create(dataSource));
    }

    @Bean
    Claims vathClaims(LedgerStore ledger, GrantStore grants, ClaimStore store, ClaimKeyStore keys, EpochCursor cursor,
            ClaimProperties properties, PlatformTransactionManager transactions, Clock clock) {
        return new Claims(ledger, grants, store, keys, cursor, properties.terms(),
                new TransactionTemplate(transactions), clock);
    }
}
