package io.athgrid.staking.ledger;

import io.athgrid.staking.chain.ChainClaims;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.slash.BondSlashOrders;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the vATH ledger: its stores, the event handlers that book into it, and its side of settlement. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    LedgerStore ledgerStore(DataSource dataSource, Clock clock) {
        return new LedgerStore(JdbcClient.create(dataSource), clock);
    }

    @Bean
    GrantStore grantStore(DataSource dataSource) {
        return new GrantStore(JdbcClient.create(dataSource));
    }

    @Bean
    AccrualStore accrualStore(DataSource dataSource) {
        return new AccrualStore(JdbcClient.create(dataSource));
    }

    @Bean
    PayoutStore payoutStore(DataSource dataSource) {
        return new PayoutStore(JdbcClient.create(dataSource));
    }

    @Bean
    EpochBook epochBook(DataSource dataSource) {
        return new EpochBook(JdbcClient.create(dataSource));
    }

    @Bean
    EpochBookkeeping epochBookkeeping(LedgerStore ledger, GrantStore grants, AccrualStore accruals,
            PayoutStore payouts, EpochBook book, Clock clock) {
        return new EpochBookkeeping(ledger, grants, accruals, payouts, book, clock);
    }

    @Bean
    OnChainClaims onChainClaims(LedgerStore ledger, PayoutStore payouts, EpochBook book, ChainClaims chainClaims) {
        return new OnChainClaims(ledger, payouts, book, chainClaims);
    }

    @Bean
    EpochPayouts epochPayouts(EpochCursor cursor, PayoutStore payouts, LedgerStore ledger, EpochBook book,
            OnChainClaims onChainClaims, PlatformTransactionManager transactions, Clock clock) {
        return new LedgerEpochPayouts(cursor, payouts, ledger, book, onChainClaims,
                new TransactionTemplate(transactions), clock);
    }

    @Bean
    CheckerRewards checkerRewards(LedgerStore ledger, AccrualStore accruals, EpochCursor cursor, Clock clock) {
        return new CheckerRewards(ledger, accruals, cursor, clock);
    }

    @Bean
    ProviderFees providerFees(LedgerStore ledger, GrantStore grants, AccrualStore accruals, EpochCursor cursor,
            Clock clock) {
        return new ProviderFees(ledger, grants, accruals, cursor, clock);
    }

    /** Orders the uncovered rest of a slash from the bond when settlement provides {@link BondSlashOrders}. */
    @Bean
    RewardSlashes rewardSlashes(DataSource dataSource, LedgerStore ledger, GrantStore grants, EpochCursor cursor,
            ObjectProvider<BondSlashOrders> bondOrders, Clock clock) {
        return new RewardSlashes(JdbcClient.create(dataSource), ledger, grants, cursor, bondOrders, clock);
    }
}
