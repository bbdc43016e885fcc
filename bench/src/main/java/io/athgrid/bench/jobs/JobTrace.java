package io.athgrid.bench.jobs;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One job's times on the bench's clock ({@link System#nanoTime()}): when its order was due, sent
 * and answered, and when its {@code JobMatched} reached the bench's consumer. The event may arrive
 * before the answer: whichever side comes second finds the job complete and hands it on, once.
 */
final class JobTrace {

    private volatile String orderId;
    private volatile long dueNanos;
    private volatile long sentNanos;
    private volatile long answeredNanos;
    private volatile long matchedNanos;
    private final AtomicBoolean handedOn = new AtomicBoolean();

    /** Records the answer; true if this call completes the trace (its event was already seen). */
    boolean submitted(String orderId, long dueNanos, long sentNanos, long answeredNanos) {
        this.dueNanos = dueNanos;
        this.sentNanos = sentNanos;
        this.answeredNanos = answeredNanos;
        this.orderId = orderId;
        return complete();
    }

    /** Records the event; true if this call completes the trace (its answer was already in). */
    boolean matched(long seenNanos) {
        matchedNanos = seenNanos;
        return complete();
    }

    private boolean complete() {
        return orderId != null && matchedNanos != 0 && handedOn.compareAndSet(false, true);
    }

    boolean wasSubmitted() {
        return orderId != null;
    }

    boolean wasMatched() {
        return matchedNanos != 0;
    }

    String orderId() {
        return orderId;
    }

    long dueNanos() {
        return dueNanos;
    }

    long sentNanos() {
        return sentNanos;
    }

    long answeredNanos() {
        return answeredNanos;
    }

    long matchedNanos() {
        return matchedNanos;
    }
}
