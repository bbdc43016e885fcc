package io.athgrid.registry.lease;

import io.athgrid.registry.container.Container;
import io.athgrid.registry.container.ContainerRepository;
import io.athgrid.registry.lifecycle.ContainerTransitions;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a {@link LeaseChange} to each container it names, in the transaction of the incoming
 * event. Containers that are unknown or whose state refuses the trigger are skipped: the check runs
 * on the locked row before {@link ContainerTransitions} is called, because a refusal thrown from
 * there would mark the whole event's transaction for rollback and send it to the dead-letter topic.
 */
@Component
class LeaseTransitions {

    private static final Logger log = LoggerFactory.getLogger(LeaseTransitions.class);

    private final ContainerRepository containers;
    private final ContainerTransitions transitions;

    LeaseTransitions(ContainerRepository containers, ContainerTransitions transitions) {
        this.containers = containers;
        this.transitions = transitions;
    }

    @Transactional
    public void apply(LeaseChange change) {
        for (String containerId : change.containerIds()) {
            Optional<Container> container = id(containerId).flatMap(containers::findForUpdate);
            if (container.isEmpty()) {
                log.debug("Skipping {} for unknown container {} ({})", change.trigger(), containerId, change.note());
            } else if (!change.appliesTo(container.get().lifecycleState())) {
                log.debug("Skipping {} for container {} in {} ({})", change.trigger(), containerId,
                        container.get().status(), change.note());
            } else {
                transitions.apply(container.get().id(), change.trigger(), change.note());
            }
        }
    }

    private static Optional<UUID> id(String containerId) {
        try {
            return Optional.of(UUID.fromString(containerId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
