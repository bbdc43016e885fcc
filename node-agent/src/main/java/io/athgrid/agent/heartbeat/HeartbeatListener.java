package io.athgrid.agent.heartbeat;

/** What happens to a container's heartbeats, for counters and logs. Called from the scheduler's threads. */
public interface HeartbeatListener {

    default void sent(String containerId) {
    }

    default void accepted(String containerId, String status) {
    }

    /** A heartbeat failed; {@code streak} counts consecutive failures, 1 for the first. */
    default void failed(String containerId, String detail, int streak) {
    }

    /** Heartbeats are accepted again after {@code failures} consecutive failures. */
    default void recovered(String containerId, int failures) {
    }

    /** The loop gave up for good (the registry does not know the container or its key). */
    default void stopped(String containerId, String reason) {
    }

    /** Tells both, {@code first} first. */
    static HeartbeatListener both(HeartbeatListener first, HeartbeatListener second) {
        return new HeartbeatListener() {
            @Override
            public void sent(String containerId) {
                first.sent(containerId);
                second.sent(containerId);
            }

            @Override
            public void accepted(String containerId, String status) {
                first.accepted(containerId, status);
                second.accepted(containerId, status);
            }

            @Override
            public void failed(String containerId, String detail, int streak) {
                first.failed(containerId, detail, streak);
                second.failed(containerId, detail, streak);
            }

            @Override
            public void recovered(String containerId, int failures) {
                first.recovered(containerId, failures);
                second.recovered(containerId, failures);
            }

            @Override
            public void stopped(String containerId, String reason) {
                first.stopped(containerId, reason);
                second.stopped(containerId, reason);
            }
        };
    }
}
