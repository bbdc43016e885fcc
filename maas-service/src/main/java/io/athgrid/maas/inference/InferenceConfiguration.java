package io.athgrid.maas.inference;

import com.github.benmanes.caffeine.cache.Ticker;
import io.athgrid.maas.catalog.Catalog;
import io.athgrid.maas.deployment.Autoscaler;
import io.athgrid.maas.deployment.DeploymentStore;
import io.athgrid.maas.usage.TokenCharges;
import io.athgrid.support.outbox.Outbox;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InferenceProperties.class)
class InferenceConfiguration {

    @Bean
    InFlight inFlight() {
        return new InFlight();
    }

    @Bean
    InferenceProxy inferenceProxy(Catalog catalog, DeploymentStore store, InFlight inFlight, TokenCharges charges,
            Outbox outbox, PlatformTransactionManager transactions, JsonMapper json, Clock clock,
            InferenceProperties properties) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new InferenceProxy(new RecentReads<>(catalog::find, properties.routingRefresh(), properties.routingExpiry(),
                Ticker.systemTicker()), new Serving(store, readOnly, properties.routingRefresh(), properties.routingExpiry(),
                Ticker.systemTicker()), inFlight,
                new EngineCalls(properties.connectTimeout(), properties.answerTimeout()),
                new TokenMeter(charges, outbox, new TransactionTemplate(transactions), clock), json, clock, properties);
    }

    @Bean
    Autoscaling autoscaling(DeploymentStore store, InFlight inFlight, PlatformTransactionManager transactions,
            Clock clock, InferenceProperties properties) {
        return new Autoscaling(store, inFlight, new Autoscaler(properties.targetConcurrency(), properties.scaleDownAfter(),
                properties.idleToZero()), new TransactionTemplate(transactions), clock);
    }
}
