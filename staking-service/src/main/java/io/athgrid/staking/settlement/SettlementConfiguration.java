package io.athgrid.staking.settlement;

import io.athgrid.staking.chain.ChainProperties;
import io.athgrid.staking.ledger.EpochPayouts;
import io.athgrid.staking.proof.EpochProofs;
import io.athgrid.staking.settlement.tx.ChainSender;
import io.athgrid.staking.settlement.tx.OutgoingTxStore;
import io.athgrid.staking.settlement.tx.SenderLock;
import io.athgrid.staking.settlement.tx.SettlerChain;
import io.athgrid.staking.settlement.tx.TxPurpose;
import io.athgrid.staking.slash.BondSlashOrders;
import io.athgrid.staking.slash.BondSlashing;
import io.athgrid.staking.slash.SlashOrderStore;
import io.athgrid.staking.slash.StoredBondSlashOrders;
import io.athgrid.support.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires settlement, bond slashes and proofs. Stores, proofs and slash orders are always there;
 * sending needs the chain configuration's {@code athgrid.staking.chain.rpc-url} and
 * {@code settler-private-key}, and epoch roots also need the ledger's {@link EpochPayouts}. Only
 * settlement's own settings live under {@code athgrid.staking.settlement.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SettlementProperties.class)
class SettlementConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SettlementConfiguration.class);

    @Bean
    OutgoingTxStore outgoingTxStore(DataSource dataSource) {
        return new OutgoingTxStore(JdbcClient.create(dataSource));
    }

    @Bean
    SettlementStore settlementStore(DataSource dataSource) {
        return new SettlementStore(JdbcClient.create(dataSource));
    }

    @Bean
    SlashOrderStore slashOrderStore(DataSource dataSource) {
        return new SlashOrderStore(JdbcClient.create(dataSource));
    }

    @Bean
    BondSlashOrders bondSlashOrders(SlashOrderStore orders, OutgoingTxStore transactions,
            PlatformTransactionManager transactionManager, Clock clock, ChainProperties chain) {
        if (chain.enabled() && isBlank(chain.settlerPrivateKey())) {
            log.warn("athgrid.staking.chain.settler-private-key is not set: the chain is followed, but epoch roots "
                    + "and bond slashes are only stored, never sent");
        }
        return new StoredBondSlashOrders(orders, transactions, new TransactionTemplate(transactionManager), clock);
    }

    @Bean
    SettlementRetries settlementRetries(SettlementStore settlements, OutgoingTxStore transactions,
            PlatformTransactionManager transactionManager) {
        return new SettlementRetries(settlements, transactions, new TransactionTemplate(transactionManager));
    }

    @Bean
    EpochProofs epochProofs(SettlementStore settlements, OutgoingTxStore transactions) {
        return new EpochProofs(settlements, transactions);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Sending on chain: only with an RPC endpoint and the settlement wallet's key. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${athgrid.staking.chain.rpc-url:}'.isBlank()"
            + " and !'${athgrid.staking.chain.settler-private-key:}'.isBlank()")
    @EnableScheduling
    static class OnChain {

        /**
         * A client of its own on the chain configuration's endpoint rather than the chain mirror's
         * {@code Web3j} bean: the sender's every step relies on calls that give up after
         * {@code rpc-timeout}, which that client (OkHttp's defaults) does not promise.
         */
        @Bean(destroyMethod = "close")
        SettlerChain settlerChain(ChainProperties chain, SettlementProperties properties) {
            return SettlerChain.connect(chain.rpcUrl(), chain.settlerPrivateKey(), chain.chainId(),
                    properties.rpcTimeout());
        }

        @Bean
        SettlementWorker settlementWorker(ChainProperties chainProperties, SettlementProperties properties,
                SettlerChain chain, DataSource dataSource,
                OutgoingTxStore transactions, SettlementStore settlements, SlashOrderStore slashOrders,
                ObjectProvider<EpochPayouts> payouts, Outbox outbox, PlatformTransactionManager transactionManager,
                Clock clock, MeterRegistry meters) {
            // A template of its own: other features may declare TransactionTemplate beans of their own.
            TransactionTemplate transaction = new TransactionTemplate(transactionManager);
            List<TxPurpose> purposes = new ArrayList<>();
            purposes.add(new BondSlashing(slashOrders, chain, chainProperties.containerBonds(), clock));
            EpochPayouts ledger = payouts.getIfAvailable();
            EpochSettler settler = null;
            if (ledger == null) {
                log.warn("no EpochPayouts: epoch roots are not settled; bond slashes are sent");
            } else {
                purposes.add(new RootPosting(settlements, chain, chainProperties.rewardDistributor(), ledger, outbox,
                        clock, properties.logsFromBlock(chainProperties.startBlock())));
                settler = new EpochSettler(ledger, settlements, transactions, transaction, clock,
                        properties.firstEpoch());
            }
            SettlementProperties.Gas gas = properties.gas();
            ChainSender sender = new ChainSender(transactions, chain, purposes, transaction, clock,
                    new ChainSender.Settings(gas.maxFeePerGas(), gas.maxPriorityFeePerGas(), gas.gasLimit(),
                            chainProperties.confirmations(), properties.receiptTimeout()), meters);
            log.info("settlement sends from {} on chain {} via {} ({} confirmations)", chain.sender(),
                    chain.chainId(), chainProperties.rpcUrl(), chainProperties.confirmations());
            return new SettlementWorker(new SenderLock(dataSource), settler, sender);
        }
    }
}
