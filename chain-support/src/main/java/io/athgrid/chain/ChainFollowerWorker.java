package io.athgrid.chain;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the follower on a thread of its own every poll interval, and at once again while it is
 * behind. Its own thread, not the shared scheduler: catching up thousands of blocks must not hold
 * up other scheduled work, and stopping waits for the poll in progress so its transaction ends
 * before the database goes away.
 */
public class ChainFollowerWorker implements SmartLifecycle {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final ChainFollower follower;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    public ChainFollowerWorker(ChainFollower follower) {
        this.follower = follower;
        this.interval = follower.settings().pollInterval();
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "chain-follower-" + follower.settings().name());
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::follow, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        executor = null;
        running.shutdown();
        try {
            if (!running.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void follow() {
        try {
            ChainFollower.Step step;
            do {
                step = follower.poll();
            } while (isRunning() && (step == ChainFollower.Step.BEHIND || step == ChainFollower.Step.ROLLED_BACK));
        } catch (RuntimeException e) {
            follower.failed(e);
        }
    }
}
