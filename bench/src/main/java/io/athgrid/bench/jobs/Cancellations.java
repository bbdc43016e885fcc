package io.athgrid.bench.jobs;

import io.athgrid.bench.http.KeepAliveConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cancels each order once its job is matched, outside the measured interval, so its containers
 * return to the index (the scheduler releases the reservation within about a second) and a fixed
 * fleet carries a run of any length.
 */
final class Cancellations implements AutoCloseable {

    private static final String STOP = "";

    private final LinkedBlockingQueue<String> orders = new LinkedBlockingQueue<>();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final List<Thread> workers = new ArrayList<>();

    Cancellations(String host, int port, String apiKey, int connections) {
        for (int i = 0; i < connections; i++) {
            Thread worker = new Thread(() -> cancelUntilStopped(new KeepAliveConnection(host, port, apiKey)),
                    "bench-jobs-cancel-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    void cancel(JobTrace job) {
        queued.incrementAndGet();
        orders.add(job.orderId());
    }

    private void cancelUntilStopped(KeepAliveConnection connection) {
        try (connection) {
            for (String order = orders.take(); !order.equals(STOP); order = orders.take()) {
                int status = connection.post("/api/scheduler/orders/" + order + "/cancel", "{}").status();
                statuses.computeIfAbsent(status, code -> new AtomicLong()).incrementAndGet();
                done.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cancellations asked for and not answered yet. */
    long outstanding() {
        return queued.get() - done.get();
    }

    Map<Integer, Long> statuses() {
        Map<Integer, Long> copy = new TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    @Override
    public void close() throws InterruptedException {
        workers.forEach(worker -> orders.add(STOP));
        for (Thread worker : workers) {
            worker.join(5_000);
        }
    }
}
