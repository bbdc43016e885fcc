package io.athgrid.bench.heartbeat;

import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/**
 * CPU and PostgreSQL readings over a steady stretch of a load: from the moment the system has
 * settled (checked from {@code notBefore} on) for {@code lengthMillis}, and their difference.
 */
final class Window {

    private final CountDownLatch done = new CountDownLatch(1);
    private volatile CpuClock.Reading cpu;
    private volatile PostgresWrites.Reading postgres;
    private volatile long settledAfterMillis;
    private volatile RuntimeException failure;

    static Window whenSettled(long notBefore, BooleanSupplier settled, long lengthMillis, CpuClock cpuClock,
            PostgresWrites writes) {
        Window window = new Window();
        Thread timer = new Thread(() -> {
            try {
                sleepUntil(notBefore);
                while (!settled.getAsBoolean()) {
                    Thread.sleep(200);
                }
                window.settledAfterMillis = System.currentTimeMillis() - notBefore;
                CpuClock.Reading cpuAtStart = cpuClock.read();
                PostgresWrites.Reading postgresAtStart = writes.read();
                Thread.sleep(lengthMillis);
                window.cpu = cpuClock.read().minus(cpuAtStart);
                window.postgres = writes.read().minus(postgresAtStart);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                window.failure = e;
            } finally {
                window.done.countDown();
            }
        }, "bench-window");
        timer.setDaemon(true);
        timer.start();
        return window;
    }

    private static void sleepUntil(long epochMillis) throws InterruptedException {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    void await() throws InterruptedException {
        done.await();
        if (failure != null) {
            throw failure;
        }
        if (cpu == null) {
            throw new IllegalStateException("the load ended before the system settled");
        }
    }

    long settledAfterMillis() {
        return settledAfterMillis;
    }

    CpuClock.Reading cpu() {
        return cpu;
    }

    PostgresWrites.Reading postgres() {
        return postgres;
    }
}
