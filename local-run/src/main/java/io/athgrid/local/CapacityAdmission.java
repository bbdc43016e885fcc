package io.athgrid.local;

import java.time.Duration;

/**
 * Waits until the checkers have admitted the simulated fleet: every honest host's capacity verified
 * by a majority of its checkers and its bond mirrored (STANDBY), every impostor's capacity rejected
 * (RETIRED). The local run offers the fleet to enterprises only then.
 */
final class CapacityAdmission {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final OperatorCalls calls;
    private final int registryPort;

    CapacityAdmission(OperatorCalls calls, int registryPort) {
        this.calls = calls;
        this.registryPort = registryPort;
    }

    /** How many containers are STANDBY once {@code standby} are and {@code retired} are RETIRED. */
    long await(int standby, int retired) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long ready;
        long rejected;
        do {
            ready = count("STANDBY");
            rejected = count("RETIRED");
            if (ready >= standby && rejected >= retired) {
                return ready;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the checkers verified the fleet", e);
            }
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("within " + TIMEOUT.toMinutes() + " minutes the checkers admitted " + ready
                + " of " + standby + " honest containers and rejected " + rejected + " of " + retired + " impostors");
    }

    private long count(String status) {
        return calls.get(registryPort, "/containers?size=1&status=" + status).path("total").asLong();
    }
}
