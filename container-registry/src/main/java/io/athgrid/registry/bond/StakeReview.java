package io.athgrid.registry.bond;

import io.athgrid.registry.container.Container;
import io.athgrid.registry.container.ContainerRepository;
import io.athgrid.registry.lifecycle.ContainerTransitions;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import io.athgrid.registry.stake.StakeRequirement;
import io.athgrid.registry.stake.StakeRequirements;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds a container's bond against its requirement for the current month and applies what
 * {@link StakeStanding} asks, in the caller's transaction. A container whose bond the staking-service
 * never reported is left alone: its stake is still an operator's word (as in the local run).
 */
@Component
public class StakeReview {

    private static final Logger log = LoggerFactory.getLogger(StakeReview.class);
    /** The history column's width. */
    private static final int MAX_NOTE = 500;

    private final ContainerRepository containers;
    private final ContainerBonds bonds;
    private final StakeRequirements requirements;
    private final ContainerTransitions transitions;

    public StakeReview(ContainerRepository containers, ContainerBonds bonds, StakeRequirements requirements,
            ContainerTransitions transitions) {
        this.containers = containers;
        this.bonds = bonds;
        this.requirements = requirements;
        this.transitions = transitions;
    }

    /** @param cause why the bond is looked at now, for the container's history */
    @Transactional
    public void review(UUID containerId, String cause) {
        Optional<Container> container = containers.findForUpdate(containerId);
        Optional<Bond> bond = container.isEmpty() ? Optional.empty() : bonds.find(containerId);
        if (bond.isEmpty()) {
            return;
        }
        StakeRequirement requirement = requirements.currentFor(container.get());
        List<LifecycleTrigger> triggers =
                StakeStanding.triggers(container.get().lifecycleState(), bond.get(), requirement.amountWei());
        String note = note(cause + ": " + bond.get().state() + " bond of " + bond.get().amountWei() + " wei, "
                + requirement.amountWei() + " wei required for " + requirement.month());
        if (triggers.isEmpty()) {
            log.debug("Container {} stays {} ({})", containerId, container.get().status(), note);
        }
        for (LifecycleTrigger trigger : triggers) {
            transitions.apply(containerId, trigger, note);
        }
    }

    private static String note(String text) {
        return text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE);
    }
}
