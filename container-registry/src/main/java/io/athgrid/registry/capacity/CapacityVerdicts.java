package io.athgrid.registry.capacity;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.registry.bond.StakeReview;
import io.athgrid.registry.container.ContainerIds;
import io.athgrid.registry.lifecycle.ContainerTransitions;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import io.athgrid.support.inbox.EventHandler;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The checker-service's verdicts (topic {@code athgrid.checks}) that admit or reject a CHECKING
 * container; a refused trigger (the container is past CHECKING) is skipped with a log. A container
 * its owner bonded while it was still being checked goes on to STANDBY at once if the bond covers
 * its requirement. The consumer name is recorded in the processed-events table: renaming it would
 * re-apply old verdicts.
 */
@Component
class CapacityVerdicts implements EventHandler<CheckVerdictReached> {

    private final ContainerTransitions transitions;
    private final StakeReview stakeReview;

    CapacityVerdicts(ContainerTransitions transitions, StakeReview stakeReview) {
        this.transitions = transitions;
        this.stakeReview = stakeReview;
    }

    @Override
    public Class<CheckVerdictReached> eventType() {
        return CheckVerdictReached.class;
    }

    @Override
    public String consumerName() {
        return "CapacityVerdict";
    }

    @Override
    public void handle(EventEnvelope<CheckVerdictReached> event) {
        Optional<CapacityVerdict> verdict = CapacityVerdict.of(event.payload());
        Optional<UUID> id = ContainerIds.parse(event.payload().containerId());
        if (verdict.isEmpty() || id.isEmpty()) {
            return;
        }
        boolean applied = transitions.applyIfAllowed(id.get(), verdict.get().trigger(), verdict.get().note())
                .isPresent();
        if (applied && verdict.get().trigger() == LifecycleTrigger.CAPACITY_VERIFIED) {
            stakeReview.review(id.get(), "after " + verdict.get().note());
        }
    }
}
