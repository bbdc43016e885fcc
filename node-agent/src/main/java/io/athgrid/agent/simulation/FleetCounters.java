package io.athgrid.agent.simulation;

import io.athgrid.agent.heartbeat.HeartbeatListener;
import io.athgrid.agent.registry.RetryLog;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what a SIMULATED fleet did and logs the fleet's health in a few lines instead of one per
 * host: when heartbeats start failing anywhere, when all are accepted again, when the registry
 * stops a container.
 */
public final class FleetCounters implements HeartbeatListener {

    private static final System.Logger LOG = System.getLogger(FleetCounters.class.getName());

    private final LongAdder registered = new LongAdder();
    private final LongAdder registrationsRefused = new LongAdder();
    private final AtomicBoolean refusalLogged = new AtomicBoolean();
    private final LongAdder heartbeatsSent = new LongAdder();
    private final LongAdder heartbeatsAccepted = new LongAdder();
    private final LongAdder heartbeatsFailed = new LongAdder();
    private final LongAdder containersStopped = new LongAdder();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<String> registrationsFailing = ConcurrentHashMap.newKeySet();

    public long registered() {
        return registered.sum();
    }

    public long registrationsRefused() {
        return registrationsRefused.sum();
    }

    public long heartbeatsSent() {
        return heartbeatsSent.sum();
    }

    public long heartbeatsAccepted() {
        return heartbeatsAccepted.sum();
    }

    public long heartbeatsFailed() {
        return heartbeatsFailed.sum();
    }

    /** Containers whose heartbeats the registry refused for good (401/404). */
    public long containersStopped() {
        return containersStopped.sum();
    }

    /** Registration retries, logged for the fleet as a whole: when they start failing and when all went through. */
    RetryLog registrationRetries() {
        return new RetryLog() {
            @Override
            public void failing(String name, String detail) {
                boolean first = registrationsFailing.isEmpty();
                if (registrationsFailing.add(name) && first) {
                    LOG.log(Level.WARNING, "simulated fleet: registrations failing ({0}); retrying with backoff", detail);
                }
            }

            @Override
            public void recovered(String name, int failures) {
                if (registrationsFailing.remove(name) && registrationsFailing.isEmpty()) {
                    LOG.log(Level.INFO, "simulated fleet: registrations go through again");
                }
            }
        };
    }

    void countRegistered() {
        registered.increment();
    }

    void refused(String reason) {
        registrationsRefused.increment();
        if (refusalLogged.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "simulated fleet: a registration was refused ({0}); further refusals are only counted", reason);
        }
    }

    /** A paused host no longer counts as failing. */
    void paused(String containerId) {
        failing.remove(containerId);
    }

    @Override
    public void sent(String containerId) {
        heartbeatsSent.increment();
    }

    @Override
    public void accepted(String containerId, String status) {
        heartbeatsAccepted.increment();
    }

    @Override
    public void failed(String containerId, String detail, int streak) {
        heartbeatsFailed.increment();
        boolean firstFailing = failing.isEmpty();
        if (failing.add(containerId) && firstFailing) {
            LOG.log(Level.WARNING, "simulated fleet: heartbeats failing ({0}); retrying with backoff", detail);
        }
    }

    @Override
    public void recovered(String containerId, int failures) {
        if (failing.remove(containerId) && failing.isEmpty()) {
            LOG.log(Level.INFO, "simulated fleet: heartbeats of every host accepted again");
        }
    }

    @Override
    public void stopped(String containerId, String reason) {
        containersStopped.increment();
        failing.remove(containerId);
        LOG.log(Level.WARNING, "simulated fleet: container {0} stopped: {1}", containerId, reason);
    }

    @Override
    public String toString() {
        return "registered " + registered() + ", refused " + registrationsRefused() + ", heartbeats sent " + heartbeatsSent()
                + " accepted " + heartbeatsAccepted() + " failed " + heartbeatsFailed() + ", stopped " + containersStopped();
    }
}
