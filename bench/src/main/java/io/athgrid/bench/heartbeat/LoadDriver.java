package io.athgrid.bench.heartbeat;

import io.athgrid.bench.http.KeepAliveConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends planned heartbeats on time (or at once) over a fixed number of keep-alive connections,
 * one thread each, and counts the answers by status.
 */
final class LoadDriver {

    private final URI base;
    private final int connections;
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<String, Long> lastAccepted = new ConcurrentHashMap<>();
    private long[] latencies = new long[0];

    LoadDriver(String baseUrl, int connections) {
        this.base = URI.create(baseUrl);
        this.connections = connections;
    }

    /** Sends every planned heartbeat, each not before it is due; returns when all are answered. */
    void send(List<PlannedHeartbeat> plan) throws InterruptedException {
        latencies = new long[plan.size()];
        statuses.clear();
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread worker = new Thread(() -> work(plan, next), "bench-load-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void work(List<PlannedHeartbeat> plan, AtomicInteger next) {
        try (KeepAliveConnection connection = new KeepAliveConnection(base.getHost(), base.getPort(), null)) {
            for (int i = next.getAndIncrement(); i < plan.size(); i = next.getAndIncrement()) {
                PlannedHeartbeat heartbeat = plan.get(i);
                long wait = heartbeat.dueMillis() - System.currentTimeMillis();
                if (wait > 0) {
                    LockSupport.parkNanos(wait * 1_000_000);
                }
                long started = System.nanoTime();
                int status = connection.post(heartbeat.path(), heartbeat.body()).status();
                latencies[i] = System.nanoTime() - started;
                statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                if (status == 202) {
                    lastAccepted.put(heartbeat.node().containerId(), System.currentTimeMillis());
                }
            }
        }
    }

    long count(int status) {
        LongAdder adder = statuses.get(status);
        return adder == null ? 0 : adder.sum();
    }

    Map<Integer, Long> statuses() {
        Map<Integer, Long> copy = new TreeMap<>();
        statuses.forEach((status, adder) -> copy.put(status, adder.sum()));
        return copy;
    }

    /** When the registry last accepted a heartbeat of this container (epoch milliseconds). */
    Long lastAccepted(String containerId) {
        return lastAccepted.get(containerId);
    }

    /** The latency percentile in milliseconds of the last {@link #send}. */
    double latencyMillis(double percentile) {
        long[] sorted = Arrays.copyOf(latencies, latencies.length);
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : sorted[Math.min(n - 1, Math.max(0, (int) Math.ceil(percentile / 100 * n) - 1))] / 1e6;
    }
}
