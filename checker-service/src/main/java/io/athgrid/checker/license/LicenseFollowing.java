package io.athgrid.checker.license;

import io.athgrid.chain.ChainFollower;
import io.athgrid.chain.ChainFollowerHealth;
import io.athgrid.chain.ChainFollowerWorker;
import io.athgrid.checker.CheckerProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * Follows the CheckerLicense contract into the licenses when {@code athgrid.checker.chain.rpc-url}
 * is set: chain-support's follower with {@link LicenseLogDecoder} and {@link LicenseMirror}, on a
 * thread of its own, reported by the health indicator {@code licenseFollower}. Without an endpoint
 * the service runs on the licenses mirrored before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${athgrid.checker.chain.rpc-url:}'.isBlank()")
class LicenseFollowing {

    @Bean(destroyMethod = "shutdown")
    Web3j licenseWeb3j(CheckerProperties properties) {
        return Web3j.build(new HttpService(properties.chain().rpcUrl().trim()));
    }

    @Bean
    ChainFollower licenseFollower(Web3j licenseWeb3j, LicenseChanges changes, JdbcClient jdbc,
            TransactionTemplate transaction, CheckerProperties properties, MeterRegistry meters, Clock clock) {
        CheckerProperties.Chain chain = properties.chain();
        return new ChainFollower(licenseWeb3j, new LicenseLogDecoder(chain.licenseContract()),
                new LicenseMirror(changes), jdbc, transaction, chain.follower(), meters, clock);
    }

    @Bean
    ChainFollowerWorker licenseFollowerWorker(ChainFollower licenseFollower) {
        return new ChainFollowerWorker(licenseFollower);
    }

    @Bean
    ChainFollowerHealth licenseFollowerHealthIndicator(ChainFollower licenseFollower) {
        return new ChainFollowerHealth(licenseFollower);
    }
}
