package io.athgrid.registry.lifecycle;

import io.athgrid.events.v1.ContainerStatusChanged;
import io.athgrid.registry.RegistryProperties;
import io.athgrid.registry.container.Container;
import io.athgrid.registry.container.ContainerRepository;
import io.athgrid.support.outbox.Outbox;
import io.athgrid.support.web.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies lifecycle triggers: the container row (locked), a history row and
 * {@link ContainerStatusChanged} are written in one transaction, so no acknowledged change is lost.
 */
@Service
public class ContainerTransitions {

    private static final Logger log = LoggerFactory.getLogger(ContainerTransitions.class);

    private final ContainerRepository containers;
    private final StatusHistory history;
    private final Outbox outbox;
    private final ApplicationEventPublisher notices;
    private final RegistryProperties properties;
    private final Clock clock;

    public ContainerTransitions(ContainerRepository containers, StatusHistory history, Outbox outbox,
            ApplicationEventPublisher notices, RegistryProperties properties, Clock clock) {
        this.containers = containers;
        this.history = history;
        this.outbox = outbox;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    /** Throws {@link IllegalTransitionException} (nothing written) if the container's state forbids it. */
    @Transactional
    public Container apply(UUID containerId, LifecycleTrigger trigger, String note) {
        Container container = containers.findForUpdate(containerId)
                .orElseThrow(() -> new ResourceNotFoundException("No container " + containerId));
        return apply(container, trigger, note);
    }

    /**
     * For news from other services (leases, bonds, verdicts), which race with heartbeats and with each
     * other: a container that is unknown or whose state refuses the trigger is skipped with a log, and
     * the caller's transaction goes on. The check runs on the locked row before anything is written,
     * because a refusal thrown from {@link #apply} would mark the whole transaction for rollback and
     * send the incoming event to the dead-letter topic.
     *
     * @return the container after the transition, or empty when it was skipped
     */
    @Transactional
    public Optional<Container> applyIfAllowed(UUID containerId, LifecycleTrigger trigger, String note) {
        Optional<Container> container = containers.findForUpdate(containerId);
        if (container.isEmpty()) {
            log.debug("Skipping {} for unknown container {} ({})", trigger, containerId, note);
            return Optional.empty();
        }
        if (!ContainerLifecycle.allows(container.get().lifecycleState(), trigger)) {
            log.debug("Skipping {} for container {} in {} ({})", trigger, containerId, container.get().status(), note);
            return Optional.empty();
        }
        return Optional.of(apply(container.get(), trigger, note));
    }

    private Container apply(Container container, LifecycleTrigger trigger, String note) {
        ContainerStatus previous = container.status();
        LifecycleState next = ContainerLifecycle.apply(container.lifecycleState(), trigger);
        Instant now = clock.instant();
        Instant unbondsAt = next.status() == ContainerStatus.DISSOLVING && previous != ContainerStatus.DISSOLVING
                ? now.plus(properties.unbondingPeriod()) : container.unbondsAt();
        container.moveTo(next, now, unbondsAt);
        containers.saveAndFlush(container);
        history.record(container.id(),
                new StatusChange(previous, next.status(), next.resumeStatus(), trigger.name(), note, now));
        outbox.publish(new ContainerStatusChanged(container.id().toString(), container.owner(), previous.name(),
                next.status().name(), trigger.name(), now));
        notices.publishEvent(new StatusApplied(container.id(), next.status()));
        return container;
    }
}
