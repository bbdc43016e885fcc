package io.athgrid.agent.simulation.checker;

import io.athgrid.agent.checker.Assignment;
import io.athgrid.agent.checker.CheckerListener;
import io.athgrid.protocol.check.CheckResult;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what SIMULATED checkers did and logs their health in a few lines instead of one per
 * checker: the first rejection of each reason, the first seat of each kind left unanswered, when
 * polls start failing anywhere and when all recover.
 */
public final class SimulatedCheckerCounters implements CheckerListener {

    private static final System.Logger LOG = System.getLogger(SimulatedCheckerCounters.class.getName());

    private final LongAdder signIns = new LongAdder();
    private final LongAdder polls = new LongAdder();
    private final LongAdder seats = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder undelivered = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder stopped = new LongAdder();
    private final Map<String, LongAdder> rejected = new ConcurrentHashMap<>();
    private final Set<String> rejectionsLogged = ConcurrentHashMap.newKeySet();
    private final Set<String> skipKindsLogged = ConcurrentHashMap.newKeySet();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<String> withoutLicense = ConcurrentHashMap.newKeySet();

    public long signIns() {
        return signIns.sum();
    }

    public long polls() {
        return polls.sum();
    }

    /** Seats taken up (new assignments). */
    public long seats() {
        return seats.sum();
    }

    public long accepted() {
        return accepted.sum();
    }

    /** Rejected reports by reason (BAD_SIGNATURE, NOT_ASSIGNED, LATE, ...). */
    public Map<String, Long> rejected() {
        Map<String, Long> counts = new TreeMap<>();
        rejected.forEach((reason, count) -> counts.put(reason, count.sum()));
        return counts;
    }

    public long skipped() {
        return skipped.sum();
    }

    public long undelivered() {
        return undelivered.sum();
    }

    public long failures() {
        return failures.sum();
    }

    /** Checkers that stopped on a problem (a refused sign-in, another chain). */
    public long stopped() {
        return stopped.sum();
    }

    @Override
    public void signedIn(String checker, String wallet) {
        signIns.increment();
    }

    @Override
    public void polled(String checker, int licenses, int newSeats) {
        polls.increment();
        seats.add(newSeats);
        if (licenses == 0 && withoutLicense.add(checker) && withoutLicense.size() == 1) {
            LOG.log(Level.WARNING, "simulated checkers: {0} runs no license yet (not minted and delegated?)", checker);
        } else if (licenses > 0) {
            withoutLicense.remove(checker);
        }
    }

    @Override
    public void skipped(String checker, Assignment assignment, String why) {
        skipped.increment();
        if (skipKindsLogged.add(assignment.kind().name())) {
            LOG.log(Level.INFO, "simulated checkers: a {0} job left unanswered ({1}); further ones are only counted",
                    assignment.kind(), why);
        }
    }

    @Override
    public void accepted(String checker, Assignment assignment, CheckResult result) {
        accepted.increment();
    }

    @Override
    public void rejected(String checker, Assignment assignment, String reason, String detail) {
        rejected.computeIfAbsent(reason, key -> new LongAdder()).increment();
        if (rejectionsLogged.add(reason)) {
            LOG.log(Level.WARNING, "simulated checkers: {0}''s report on {1} job {2} rejected: {3} ({4}); further {3} "
                    + "rejections are only counted", checker, assignment.kind(), assignment.jobId(), reason, detail);
        }
    }

    @Override
    public void undelivered(String checker, Assignment assignment, String why) {
        undelivered.increment();
    }

    @Override
    public void failed(String checker, String detail, int streak) {
        failures.increment();
        boolean first = failing.isEmpty();
        if (failing.add(checker) && first) {
            LOG.log(Level.WARNING, "simulated checkers: polls failing ({0}); retrying with backoff", detail);
        }
    }

    @Override
    public void recovered(String checker, int failureCount) {
        if (failing.remove(checker) && failing.isEmpty()) {
            LOG.log(Level.INFO, "simulated checkers: every checker's polls answered again");
        }
    }

    @Override
    public void stopped(String checker, String reason) {
        stopped.increment();
        failing.remove(checker);
        LOG.log(Level.ERROR, "simulated checkers: {0} stopped: {1}", checker, reason);
    }

    @Override
    public String toString() {
        return "signed in " + signIns() + ", polls " + polls() + ", seats " + seats() + ", reports accepted " + accepted()
                + " rejected " + rejected() + ", unanswered " + skipped() + ", undelivered " + undelivered()
                + ", failed polls " + failures() + ", stopped " + stopped();
    }
}
