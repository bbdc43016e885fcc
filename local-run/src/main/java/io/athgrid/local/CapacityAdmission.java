package io.athgrid.local;

import io.athgrid.testsupport.host.Waiting;
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
        long[] seen = new long[2];
        boolean admitted = Waiting.until(() -> {
            seen[0] = count("STANDBY");
            seen[1] = count("RETIRED");
            return seen[0] >= standby && seen[1] >= retired;
        }, () -> true, TIMEOUT);
        if (!admitted) {
            throw new IllegalStateException("within " + TIMEOUT.toMinutes() + " minutes the checkers admitted " + seen[0]
                    + " of " + standby + " honest containers and rejected " + seen[1] + " of " + retired + " impostors");
        }
        return seen[0];
    }

    private long count(String status) {
        return calls.get(registryPort, "/containers?size=1&status=" + status).path("total").asLong();
    }
}
