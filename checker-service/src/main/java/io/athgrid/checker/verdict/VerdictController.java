package io.athgrid.checker.verdict;

import io.athgrid.checker.container.ContainerAccess;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.InvalidRequestException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A container's latest check verdicts, for its owner and operators; to anyone else the container does not exist. */
@RestController
class VerdictController {

    private static final int MAX_LIMIT = 100;

    private final ContainerAccess access;
    private final VerdictStore verdicts;

    VerdictController(ContainerAccess access, VerdictStore verdicts) {
        this.access = access;
        this.verdicts = verdicts;
    }

    /** Newest first, each with its seats counted by judgement. */
    @GetMapping("/containers/{containerId}/verdicts")
    @Transactional(readOnly = true)
    List<VerdictSummary> verdicts(@AuthenticationPrincipal Caller caller, @PathVariable String containerId,
            @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be 1 .. " + MAX_LIMIT);
        }
        access.visibleTo(caller, containerId);
        return verdicts.latestOf(containerId, limit);
    }
}
