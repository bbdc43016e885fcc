package io.athgrid.maas.engine;

import io.athgrid.maas.catalog.Catalog;
import io.athgrid.maas.deployment.DeploymentService;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the engine channel: node keys from the registry, the nodes' signed calls and the engines' health checks. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EngineProperties.class)
class EngineConfiguration {

    @Bean
    ContainerNodeKeys containerNodeKeys(JdbcClient jdbc) {
        return new ContainerNodeKeys(jdbc);
    }

    @Bean
    EngineStore engineStore(JdbcClient jdbc) {
        return new EngineStore(jdbc);
    }

    @Bean
    NodeKeyHandler engineNodeKeys(ContainerNodeKeys keys) {
        return new NodeKeyHandler(keys);
    }

    @Bean
    EngineChannel engineChannel(ContainerNodeKeys keys, EngineStore engines, DeploymentService deployments,
            Catalog catalog, EngineProperties properties, TransactionTemplate transaction, Clock clock) {
        return new EngineChannel(keys, engines, deployments, catalog, new CallWindow(properties.callWindow()),
                properties.engineAddresses(), properties.pollInterval().toSeconds(), transaction, clock);
    }

    @Bean
    EngineHealthChecks engineHealthChecks(EngineStore engines, DeploymentService deployments,
            EngineProperties properties, Clock clock) {
        return new EngineHealthChecks(engines, new HealthProbe(properties.healthTimeout()),
                new EngineHealth(properties.failedChecks(), properties.startDeadline()), deployments, clock);
    }

    @Bean
    EngineHealthWorker engineHealthWorker(EngineHealthChecks checks, EngineProperties properties) {
        return new EngineHealthWorker(checks, properties.healthInterval());
    }
}
