package io.athgrid.checker.verdict;

import io.athgrid.checker.container.CheckedContainer;
import io.athgrid.checker.container.ContainerStore;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.ResourceNotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A container's QoS score, for its owner and operators; to anyone else the container does not exist. */
@RestController
class QosController {

    private final ContainerStore containers;
    private final QosStore scores;

    QosController(ContainerStore containers, QosStore scores) {
        this.containers = containers;
        this.scores = scores;
    }

    @GetMapping("/containers/{containerId}/qos")
    @Transactional(readOnly = true)
    QosView qos(@AuthenticationPrincipal Caller caller, @PathVariable String containerId) {
        CheckedContainer container = containers.find(containerId)
                .filter(found -> caller.mayActFor(found.owner()))
                .orElseThrow(() -> new ResourceNotFoundException("No container " + containerId));
        return scores.find(containerId)
                .map(scored -> new QosView(containerId, scored.score().score(), scored.score().samples(),
                        scored.updatedAt()))
                .orElse(new QosView(container.containerId(), null, 0, null));
    }

    /** @param score 0 to 100 with 4 decimals; null before the first sample */
    record QosView(String containerId, BigDecimal score, long samples, Instant updatedAt) {
    }
}
