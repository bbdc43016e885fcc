package io.athgrid.maas.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a round of health checks every {@code athgrid.maas.engines.health-interval} on a thread of its own,
 * so waiting for slow engines never delays placement or autoscaling; a failed round is retried by the next.
 */
class EngineHealthWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EngineHealthWorker.class);

    private final EngineHealthChecks checks;
    private final Duration interval;
    private ScheduledExecutorService executor;

    EngineHealthWorker(EngineHealthChecks checks, Duration interval) {
        this.checks = checks;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "engine-health");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            checks.round();
        } catch (RuntimeException e) {
            log.warn("engine health round failed, the next round retries: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
