package io.athgrid.agent.checker;

import io.athgrid.protocol.check.CheckResult;
import java.lang.System.Logger.Level;

/** Logs one checker's life: sign-ins, every rejection with its reason, skipped seats, failure streaks. */
public final class LoggingCheckerListener implements CheckerListener {

    private static final System.Logger LOG = System.getLogger(LoggingCheckerListener.class.getName());

    private volatile int licenses = -1;

    @Override
    public void signedIn(String checker, String wallet) {
        LOG.log(Level.INFO, "{0}: wallet {1} signed in", checker, wallet);
    }

    @Override
    public void polled(String checker, int licenses, int newSeats) {
        if (licenses != this.licenses) {
            LOG.log(licenses == 0 ? Level.WARNING : Level.INFO, licenses == 0
                    ? "{0}: this wallet runs no checker license (delegate one to it with setUser); polling on"
                    : "{0}: checking for {1} license(s)", checker, licenses);
            this.licenses = licenses;
        }
        if (newSeats > 0) {
            LOG.log(Level.DEBUG, "{0}: {1} new assignment(s)", checker, newSeats);
        }
    }

    @Override
    public void skipped(String checker, Assignment assignment, String why) {
        LOG.log(Level.INFO, "{0}: {1} job {2} for container {3} not answered: {4}", checker, assignment.kind(),
                assignment.jobId(), assignment.containerId(), why);
    }

    @Override
    public void accepted(String checker, Assignment assignment, CheckResult result) {
        LOG.log(Level.DEBUG, "{0}: report on {1} job {2} accepted: {3}", checker, assignment.kind(), assignment.jobId(),
                result.canonical());
    }

    @Override
    public void rejected(String checker, Assignment assignment, String reason, String detail) {
        LOG.log(Level.WARNING, "{0}: report on {1} job {2} (license {3}, container {4}) rejected: {5} ({6})", checker,
                assignment.kind(), assignment.jobId(), assignment.licenseId(), assignment.containerId(), reason, detail);
    }

    @Override
    public void undelivered(String checker, Assignment assignment, String why) {
        LOG.log(Level.WARNING, "{0}: report on {1} job {2} not delivered: {3}", checker, assignment.kind(),
                assignment.jobId(), why);
    }

    @Override
    public void failed(String checker, String detail, int streak) {
        if (streak == 1) {
            LOG.log(Level.WARNING, "{0}: {1}; retrying with backoff, further failures are not logged until it recovers",
                    checker, detail);
        }
    }

    @Override
    public void recovered(String checker, int failures) {
        LOG.log(Level.INFO, "{0}: the platform answers again after {1} failed attempts", checker, failures);
    }

    @Override
    public void stopped(String checker, String reason) {
        LOG.log(Level.ERROR, "{0}: stopped: {1}", checker, reason);
    }
}
