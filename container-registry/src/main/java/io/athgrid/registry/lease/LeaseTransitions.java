package io.athgrid.registry.lease;

import io.athgrid.registry.bond.StakeReview;
import io.athgrid.registry.container.ContainerIds;
import io.athgrid.registry.lifecycle.ContainerTransitions;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a {@link LeaseChange} to each container it names, in the transaction of the incoming
 * event; containers that are unknown or whose state refuses the trigger are skipped. A container
 * whose lease ended has its bond looked at again: an owner who started unbonding while it served
 * could not leave SERVING then, and leaves for DISSOLVING now instead of being matched again.
 */
@Component
class LeaseTransitions {

    private static final Logger log = LoggerFactory.getLogger(LeaseTransitions.class);

    private final ContainerTransitions transitions;
    private final StakeReview stakeReview;

    LeaseTransitions(ContainerTransitions transitions, StakeReview stakeReview) {
        this.transitions = transitions;
        this.stakeReview = stakeReview;
    }

    @Transactional
    public void apply(LeaseChange change) {
        for (String containerId : change.containerIds()) {
            Optional<UUID> id = ContainerIds.parse(containerId);
            if (id.isEmpty()) {
                log.debug("Skipping {} for container id {} ({})", change.trigger(), containerId, change.note());
            } else if (transitions.applyIfAllowed(id.get(), change.trigger(), change.note()).isPresent()
                    && change.trigger() == LifecycleTrigger.LEASE_ENDED) {
                stakeReview.review(id.get(), "after " + change.note());
            }
        }
    }
}
