package io.athgrid.agent.workload.simulated;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Lets the first token of each request through at once and holds every later one until the test opens the gate. */
final class GatedPacer implements TokenPacer {

    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger tokensHeld = new AtomicInteger();

    @Override
    public void awaitToken(long arrivalNanos, int index, Duration readyAt) throws InterruptedException {
        if (index > 0) {
            tokensHeld.incrementAndGet();
            gate.await();
        }
    }

    void open() {
        gate.countDown();
    }

    /** Whether the engine is waiting for the gate (it has sent what came before). */
    boolean holding() {
        return tokensHeld.get() > 0 && gate.getCount() > 0;
    }
}
