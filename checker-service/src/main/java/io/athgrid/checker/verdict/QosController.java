package io.athgrid.checker.verdict;

import io.athgrid.checker.container.CheckedContainer;
import io.athgrid.checker.container.ContainerAccess;
import io.athgrid.checker.qos.QosDay;
import io.athgrid.checker.qos.QosHistory;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A container's QoS score and its history, for its owner and operators; to anyone else it does not exist. */
@RestController
class QosController {

    private final ContainerAccess access;
    private final QosStore scores;
    private final Clock clock;

    QosController(ContainerAccess access, QosStore scores, Clock clock) {
        this.access = access;
        this.scores = scores;
        this.clock = clock;
    }

    @GetMapping("/containers/{containerId}/qos")
    @Transactional(readOnly = true)
    QosView qos(@AuthenticationPrincipal Caller caller, @PathVariable String containerId) {
        CheckedContainer container = access.visibleTo(caller, containerId);
        return scores.find(containerId)
                .map(scored -> new QosView(containerId, scored.score().score(), scored.score().samples(),
                        scored.updatedAt()))
                .orElse(new QosView(container.containerId(), null, 0, null));
    }

    /** The last score of each UTC day of the last {@code days} (today included) that had one, oldest first. */
    @GetMapping("/containers/{containerId}/qos/history")
    @Transactional(readOnly = true)
    QosHistoryView history(@AuthenticationPrincipal Caller caller, @PathVariable String containerId,
            @RequestParam(defaultValue = "30") int days) {
        if (days < 1 || days > QosHistory.MAX_DAYS) {
            throw new InvalidRequestException("days", "must be 1 .. " + QosHistory.MAX_DAYS);
        }
        CheckedContainer container = access.visibleTo(caller, containerId);
        return new QosHistoryView(container.containerId(),
                scores.history(containerId, QosHistory.firstDay(clock.instant(), days)));
    }

    /** @param score 0 to 100 with 4 decimals; null before the first sample */
    record QosView(String containerId, BigDecimal score, long samples, Instant updatedAt) {
    }

    /** @param points per day the score after its last sample, and the samples it had seen by then */
    record QosHistoryView(String containerId, List<QosDay> points) {
    }
}
