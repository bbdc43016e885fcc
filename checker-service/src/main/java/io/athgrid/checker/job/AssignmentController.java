package io.athgrid.checker.job;

import io.athgrid.checker.CheckerProperties;
import io.athgrid.checker.license.LicenseStore;
import io.athgrid.checker.license.StoredLicense;
import io.athgrid.protocol.container.Region;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.web.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A checker client's poll: the open seats of every license its wallet may sign for. The poll is the
 * client's sign of life: it keeps those licenses online (and eligible for jobs) and counts toward
 * their uptime. {@code region} says where the client runs, so a job's checkers come from different
 * regions; a client that names none keeps the region it named before.
 */
@RestController
class AssignmentController {

    private final LicenseStore licenses;
    private final JobStore jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration pollWriteEvery;

    AssignmentController(LicenseStore licenses, JobStore jobs, TransactionTemplate transaction, Clock clock,
            CheckerProperties properties) {
        this.licenses = licenses;
        this.jobs = jobs;
        this.transaction = transaction;
        this.clock = clock;
        this.pollWriteEvery = pollWriteEvery(properties.assignment().onlineWithin());
    }

    @GetMapping("/assignments")
    AssignmentsView assignments(@AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String region) {
        if (caller.kind() != CallerKind.WALLET) {
            throw new AccessDeniedException("Checker clients sign in with the wallet that runs their licenses");
        }
        if (region != null && Region.find(region).isEmpty()) {
            throw new InvalidRequestException("region", "unknown region " + region);
        }
        Instant now = clock.instant();
        List<Long> ids = licenses.signableBy(caller.id(), now).stream().map(StoredLicense::licenseId).toList();
        transaction.executeWithoutResult(status -> licenses.polled(ids, region, now, pollWriteEvery));
        return new AssignmentsView(ids.stream().map(id -> Long.toString(id)).toList(),
                jobs.openAssignmentsOf(ids, now));
    }

    /**
     * Clients poll every few seconds; writing each poll would cost a row update per license per poll.
     * A write every sixth of the online window (at most 20 s, so every minute of uptime is seen)
     * keeps "online" exact enough.
     */
    static Duration pollWriteEvery(Duration onlineWithin) {
        Duration sixth = onlineWithin.dividedBy(6);
        Duration most = Duration.ofSeconds(20);
        return sixth.compareTo(most) < 0 ? sixth : most;
    }
}
