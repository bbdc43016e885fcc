package io.athgrid.staking.chain;

import io.athgrid.chain.ChainCursors;
import io.athgrid.chain.ChainFollower;
import io.athgrid.chain.ChainFollowerHealth;
import io.athgrid.chain.ChainFollowerWorker;
import io.athgrid.staking.bond.BondMirror;
import io.athgrid.staking.bond.Bonds;
import io.athgrid.staking.lock.LockMirror;
import io.athgrid.staking.lock.MirroredLocks;
import io.athgrid.support.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * The chain mirror: its tables' readers and writers always (the API and {@code Locks} answer from
 * what was mirrored), and, when {@code athgrid.staking.chain.rpc-url} is set, the {@link Web3j}
 * client and the follower that keeps the mirror up to date.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChainProperties.class)
class ChainConfiguration {

    @Bean
    MirroredLocks mirroredLocks(JdbcClient jdbc, ChainCursors cursors, ChainProperties properties) {
        return new MirroredLocks(jdbc, cursors, properties.enabled());
    }

    @Bean
    Bonds bonds(JdbcClient jdbc) {
        return new Bonds(jdbc);
    }

    @Bean
    ChainClaims chainClaims(JdbcClient jdbc, Outbox outbox) {
        return new ChainClaims(jdbc, outbox);
    }

    @Bean
    PostedRoots postedRoots(JdbcClient jdbc) {
        return new PostedRoots(jdbc);
    }

    /** The follower's cursor, read also without an RPC endpoint: how far the mirror is complete. */
    @Bean
    ChainCursors chainCursors(JdbcClient jdbc, Clock clock) {
        return new ChainCursors(jdbc, clock, ChainProperties.FOLLOWER);
    }

    @Bean
    ChainMirror chainMirror(JdbcClient jdbc, Outbox outbox, ChainClaims claims, PostedRoots roots) {
        return new ChainMirror(new LockMirror(jdbc, outbox), new BondMirror(jdbc, outbox), claims, roots);
    }

    /** Only with an RPC endpoint: the client other chain features share, and the follower. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${athgrid.staking.chain.rpc-url:}'.isBlank()")
    static class Following {

        @Bean(destroyMethod = "shutdown")
        Web3j web3j(ChainProperties properties) {
            return Web3j.build(new HttpService(properties.rpcUrl()));
        }

        @Bean
        ChainFollower chainFollower(Web3j web3j, JdbcClient jdbc, ChainMirror mirror, TransactionTemplate transaction,
                ChainProperties properties, MeterRegistry meters, Clock clock) {
            ChainLogDecoder decoder = new ChainLogDecoder(properties.stakingPools(), properties.containerBonds(),
                    properties.rewardDistributor());
            return new ChainFollower(web3j, decoder, mirror, jdbc, transaction, properties.follower(), meters, clock);
        }

        @Bean
        ChainFollowerWorker chainFollowerWorker(ChainFollower follower) {
            return new ChainFollowerWorker(follower);
        }

        @Bean
        ChainFollowerHealth chainFollowerHealthIndicator(ChainFollower follower) {
            return new ChainFollowerHealth(follower);
        }
    }
}
