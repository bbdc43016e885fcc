package io.athgrid.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.web3j.crypto.ECKeyPair;

/**
 * Keeps containers of an IT alive as their node agents would: a heartbeat every 300 ms (the ITs' interval
 * is 1 s, OFFLINE after 3 missed), so transitions under test are not overtaken by OFFLINE.
 */
public final class LiveContainers implements AutoCloseable {

    /** Sends one heartbeat, as {@link RegistryIT#heartbeat} does. */
    @FunctionalInterface
    public interface Beat {
        void send(String containerId, ECKeyPair node, long sequence);
    }

    private record Node(ECKeyPair key, AtomicLong sequence) {
    }

    private final Beat beat;
    private final Map<String, Node> alive = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();

    public LiveContainers(Beat beat) {
        this.beat = beat;
        heartbeats.scheduleWithFixedDelay(() -> alive.forEach(this::beat), 0, 300, TimeUnit.MILLISECONDS);
    }

    /** Sends a first heartbeat now and keeps sending them. */
    public void keep(String containerId, ECKeyPair node) {
        Node kept = new Node(node, new AtomicLong());
        beat(containerId, kept);
        alive.put(containerId, kept);
    }

    /** Stops the heartbeats of a container, which then goes OFFLINE. */
    public void drop(String containerId) {
        alive.remove(containerId);
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
    }

    private synchronized void beat(String containerId, Node node) {
        beat.send(containerId, node.key(), node.sequence().incrementAndGet());
    }
}
