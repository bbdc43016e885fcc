package io.athgrid.agent.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose time moves only when the test moves it: tasks run on the test's thread, in the
 * order they are due, inside {@link #runDue} and {@link #advance}. {@link #clock()} reads the same
 * time, so code that schedules and reads the clock sees one consistent world. As a plain executor
 * ({@link #execute}) it queues the task for the next {@link #runDue}.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final PriorityQueue<Task<?>> tasks = new PriorityQueue<>(Comparator.comparing((Task<?> task) -> task.due)
            .thenComparingLong(task -> task.order));
    private Instant now;
    private long order;
    private boolean shutdown;

    public ManualScheduler(Instant start) {
        this.now = start;
    }

    public Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return now();
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException("the manual clock is in UTC");
            }
        };
    }

    public synchronized Instant now() {
        return now;
    }

    /** Tasks waiting to run, cancelled ones not counted. */
    public synchronized int pending() {
        return (int) tasks.stream().filter(task -> !task.isCancelled()).count();
    }

    /** Runs every task due now, including those they schedule for now. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves time forward by {@code duration}, running each task when its time comes. */
    public void advance(Duration duration) {
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
        }
        while (true) {
            Task<?> task;
            synchronized (this) {
                task = tasks.peek();
                if (task == null || task.due.isAfter(target)) {
                    now = target;
                    return;
                }
                tasks.poll();
                now = task.due;
            }
            if (!task.isCancelled()) {
                task.run();
            }
        }
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(new FutureTask<>(command, null), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(new FutureTask<>(callable), delay, unit);
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("repeating tasks are not used by the code under test");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("repeating tasks are not used by the code under test");
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> waiting = new ArrayList<>(tasks);
        tasks.clear();
        return waiting;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && tasks.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private synchronized <V> Task<V> add(FutureTask<V> work, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new RejectedExecutionException("the manual scheduler is shut down");
        }
        Task<V> task = new Task<>(work, now.plusMillis(unit.toMillis(Math.max(delay, 0))), order++);
        tasks.add(task);
        return task;
    }

    private final class Task<V> implements ScheduledFuture<V>, Runnable {

        private final FutureTask<V> work;
        private final Instant due;
        private final long order;

        Task(FutureTask<V> work, Instant due, long order) {
            this.work = work;
            this.due = due;
            this.order = order;
        }

        /** Runs the task; one that throws fails the test instead of vanishing into its future. */
        @Override
        public void run() {
            work.run();
            if (work.isCancelled()) {
                return;
            }
            try {
                work.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError("a scheduled task failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(now(), due));
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return work.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            return work.isCancelled();
        }

        @Override
        public boolean isDone() {
            return work.isDone();
        }

        @Override
        public V get() throws InterruptedException, java.util.concurrent.ExecutionException {
            return work.get();
        }

        @Override
        public V get(long timeout, TimeUnit unit)
                throws InterruptedException, java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
            return work.get(timeout, unit);
        }
    }
}
