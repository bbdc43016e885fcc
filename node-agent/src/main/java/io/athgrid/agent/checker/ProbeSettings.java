package io.athgrid.agent.checker;

import java.time.Duration;

/**
 * How hard the network probes try. The defaults keep a probe of an unresponsive container well
 * inside the 20 s a liveness or QoE seat has for its answer, poll delay included.
 *
 * @param connectAttempts TCP connections per liveness probe (the packet-loss sample)
 * @param connectTimeout  how long one connection may take before it counts as lost
 * @param pause           between two connection attempts
 * @param rttAttempts     TCP connections a QoE probe times to learn its own network round trip
 * @param httpRequests    timed GETs per QoE probe
 * @param httpTimeout     how long one GET may take before it counts as an error
 */
public record ProbeSettings(int connectAttempts, Duration connectTimeout, Duration pause, int rttAttempts,
        int httpRequests, Duration httpTimeout) {

    public static final ProbeSettings DEFAULTS = new ProbeSettings(5, Duration.ofSeconds(2), Duration.ofMillis(250), 3, 5,
            Duration.ofMillis(2500));

    public ProbeSettings {
        if (connectAttempts < 1 || rttAttempts < 1 || httpRequests < 1) {
            throw new IllegalArgumentException("a probe makes at least one attempt");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || httpTimeout.isNegative() || httpTimeout.isZero()
                || pause.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive and the pause not negative");
        }
    }
}
