package io.athgrid.agent.checker;

import io.athgrid.protocol.check.CheckResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Writes down what a checker client reports, as short strings a test can compare. */
final class RecordingCheckerListener implements CheckerListener {

    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void signedIn(String checker, String wallet) {
        events.add("signed in");
    }

    @Override
    public void skipped(String checker, Assignment assignment, String why) {
        events.add("skipped " + assignment.kind() + ": " + why);
    }

    @Override
    public void accepted(String checker, Assignment assignment, CheckResult result) {
        events.add("accepted " + assignment.kind());
    }

    @Override
    public void rejected(String checker, Assignment assignment, String reason, String detail) {
        events.add("rejected " + reason);
    }

    @Override
    public void undelivered(String checker, Assignment assignment, String why) {
        events.add("undelivered");
    }

    @Override
    public void failed(String checker, String detail, int streak) {
        events.add("failed " + streak);
    }

    @Override
    public void recovered(String checker, int failures) {
        events.add("recovered " + failures);
    }

    @Override
    public void stopped(String checker, String reason) {
        events.add("stopped");
    }
}
