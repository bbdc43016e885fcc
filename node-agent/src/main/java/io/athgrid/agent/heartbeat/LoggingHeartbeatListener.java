package io.athgrid.agent.heartbeat;

import java.lang.System.Logger.Level;

/** Logs a failure once per streak (the first), its end, status changes and a final stop. */
public final class LoggingHeartbeatListener implements HeartbeatListener {

    private static final System.Logger LOG = System.getLogger(LoggingHeartbeatListener.class.getName());

    private final String label;
    private volatile String lastStatus = "";

    /** @param label how log lines name the host, e.g. "simulated host sim-7" */
    public LoggingHeartbeatListener(String label) {
        this.label = label;
    }

    @Override
    public void accepted(String containerId, String status) {
        if (!status.equals(lastStatus)) {
            LOG.log(Level.INFO, "{0}: container {1} is {2}", label, containerId, status);
            lastStatus = status;
        }
    }

    @Override
    public void failed(String containerId, String detail, int streak) {
        if (streak == 1) {
            LOG.log(Level.WARNING, "{0}: heartbeat of container {1} failed ({2}); retrying with backoff, "
                    + "further failures are not logged until it recovers", label, containerId, detail);
        }
    }

    @Override
    public void recovered(String containerId, int failures) {
        LOG.log(Level.INFO, "{0}: heartbeats of container {1} accepted again after {2} failures", label, containerId, failures);
    }

    @Override
    public void stopped(String containerId, String reason) {
        LOG.log(Level.ERROR, "{0}: heartbeats of container {1} stopped: {2}", label, containerId, reason);
    }
}
