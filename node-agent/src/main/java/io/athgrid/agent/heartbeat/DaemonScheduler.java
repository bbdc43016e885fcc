package io.athgrid.agent.heartbeat;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Small pools of daemon threads, so a forgotten pool never keeps the JVM alive. */
public final class DaemonScheduler {

    private DaemonScheduler() {
    }

    public static ScheduledExecutorService create(String name, int threads) {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, daemonThreads(name));
        // Paused hosts cancel their next heartbeat; do not keep a thousand dead tasks queued.
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }

    /** Daemon threads named {@code <name>-<n>}. */
    public static ThreadFactory daemonThreads(String name) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
