package io.athgrid.bench.jobs;

import io.athgrid.bench.http.KeepAliveConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open-loop load: orders fall due at a steady rate whatever the answers do, and are sent by a pool
 * of workers, each with its own keep-alive connection to the gateway. When every worker is busy,
 * due orders wait in the queue; that wait shows as the lag between due and sent.
 */
final class OrderLoad implements AutoCloseable {

    static final String ORDER = "{\"kind\":\"ON_DEMAND\",\"gpuModel\":\"H100_SXM\",\"gpusPerNode\":8,\"nodes\":1,"
            + "\"region\":\"us-east\",\"service\":\"" + ContainerFeed.SERVICE + "\",\"maxPriceUsdPerGpuHour\":5,"
            + "\"policy\":\"LOWEST_FEE\"}";
    private static final long STOP = Long.MIN_VALUE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One order as sent: its times, the answer's status and, when 201, its job's id and status. */
    record Sent(long dueNanos, long sentNanos, long answeredNanos, int status, String jobId, String jobStatus,
            String error) {
    }

    private final ConcurrentHashMap<String, JobTrace> traces;
    private final Consumer<JobTrace> whenComplete;
    private final LinkedBlockingQueue<Long> due = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Sent> answered = new ConcurrentLinkedQueue<>();
    private final AtomicInteger answers = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();

    OrderLoad(String host, int port, String apiKey, int connections, ConcurrentHashMap<String, JobTrace> traces,
            Consumer<JobTrace> whenComplete) {
        this.traces = traces;
        this.whenComplete = whenComplete;
        for (int i = 0; i < connections; i++) {
            Thread worker = new Thread(() -> sendUntilStopped(new KeepAliveConnection(host, port, apiKey)),
                    "bench-jobs-order-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    /** Offers {@code rate} orders a second for {@code length}; returns every order once answered. */
    List<Sent> offer(int rate, Duration length) throws InterruptedException {
        answered.clear();
        answers.set(0);
        long count = rate * length.toSeconds();
        double period = 1e9 / rate;
        long start = System.nanoTime() + 1_000_000;
        for (long i = 0; i < count; i++) {
            long dueAt = start + (long) (i * period);
            for (long wait = dueAt - System.nanoTime(); wait > 0; wait = dueAt - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            due.add(dueAt);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (answers.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return List.copyOf(answered);
    }

    private void sendUntilStopped(KeepAliveConnection connection) {
        try (connection) {
            for (long dueAt = due.take(); dueAt != STOP; dueAt = due.take()) {
                long sent = System.nanoTime();
                KeepAliveConnection.Answer answer = connection.post("/api/scheduler/orders", ORDER);
                long answeredAt = System.nanoTime();
                answered.add(record(dueAt, sent, answeredAt, answer));
                answers.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Sent record(long dueAt, long sent, long answeredAt, KeepAliveConnection.Answer answer) {
        if (answer.status() != 201) {
            return new Sent(dueAt, sent, answeredAt, answer.status(), null, null,
                    answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body());
        }
        JsonNode order = JSON.readTree(answer.body());
        String jobId = order.path("job").path("jobId").asString();
        JobTrace trace = traces.computeIfAbsent(jobId, id -> new JobTrace());
        if (trace.submitted(order.path("orderId").asString(), dueAt, sent, answeredAt)) {
            whenComplete.accept(trace);
        }
        return new Sent(dueAt, sent, answeredAt, 201, jobId, order.path("job").path("status").asString(), null);
    }

    @Override
    public void close() throws InterruptedException {
        workers.forEach(worker -> due.add(STOP));
        for (Thread worker : workers) {
            worker.join(5_000);
        }
    }
}
