package io.athgrid.registry.lease;

import io.athgrid.events.v1.JobStarted;
import io.athgrid.events.v1.LeaseExpired;
import io.athgrid.events.v1.LeaseReleased;
import io.athgrid.support.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduler's lease events the registry consumes (topic {@code athgrid.jobs}). The consumer
 * names are recorded in the processed-events table: renaming one would re-apply its old events.
 */
@Configuration(proxyBeanMethods = false)
class LeaseHandlers {

    @Bean
    EventHandler<JobStarted> leaseStartedHandler(LeaseTransitions transitions) {
        return new LeaseHandler<>("LeaseStarted", JobStarted.class, LeaseChange::of, transitions);
    }

    @Bean
    EventHandler<LeaseReleased> leaseReleasedHandler(LeaseTransitions transitions) {
        return new LeaseHandler<>("LeaseReleased", LeaseReleased.class, LeaseChange::of, transitions);
    }

    @Bean
    EventHandler<LeaseExpired> leaseExpiredHandler(LeaseTransitions transitions) {
        return new LeaseHandler<>("LeaseExpired", LeaseExpired.class, LeaseChange::of, transitions);
    }
}
