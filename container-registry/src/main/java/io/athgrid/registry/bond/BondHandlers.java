package io.athgrid.registry.bond;

import io.athgrid.events.v1.BondSlashed;
import io.athgrid.events.v1.ContainerBondChanged;
import io.athgrid.support.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staking-service's bond events the registry consumes (topic {@code athgrid.staking}). The
 * consumer names are recorded in the processed-events table: renaming one would re-apply its old events.
 */
@Configuration(proxyBeanMethods = false)
class BondHandlers {

    @Bean
    EventHandler<ContainerBondChanged> bondChangedHandler(BondUpdates updates) {
        return new BondHandler<>("BondChanged", ContainerBondChanged.class, BondNews::of, updates);
    }

    @Bean
    EventHandler<BondSlashed> bondSlashedHandler(BondUpdates updates) {
        return new BondHandler<>("BondSlashed", BondSlashed.class, BondNews::of, updates);
    }
}
