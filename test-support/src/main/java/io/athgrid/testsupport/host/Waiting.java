package io.athgrid.testsupport.host;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds, a deadline passes, or a precondition breaks. */
public final class Waiting {

    private Waiting() {
    }

    /** Waits until {@code ready} holds; false when the timeout passes first. */
    public static boolean until(BooleanSupplier ready, Duration timeout) {
        return until(ready, () -> true, timeout);
    }

    /**
     * Waits until {@code ready} holds. Returns false when {@code stillWorthWaiting} turns false
     * (a process died) or the timeout passes.
     */
    public static boolean until(BooleanSupplier ready, BooleanSupplier stillWorthWaiting, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready.getAsBoolean()) {
                return true;
            }
            if (!stillWorthWaiting.getAsBoolean()) {
                return ready.getAsBoolean();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return ready.getAsBoolean();
    }
}
