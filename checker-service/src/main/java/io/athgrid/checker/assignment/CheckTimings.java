package io.athgrid.checker.assignment;

import io.athgrid.protocol.check.CheckKind;
import java.time.Duration;
import java.util.Set;

/**
 * The timing of every kind of check ({@code athgrid.checker.checks.*}). The design's numbers:
 * liveness every minute, QoE every minute while SERVING, capacity once a day.
 */
public record CheckTimings(KindTiming liveness, KindTiming qoe, KindTiming capacity) {

    /**
     * The design's intervals; answer and decision times leave room for two replacements of a
     * checker that does not answer. Capacity is not checked while SERVING, because the benchmark
     * would take the customer's GPUs: the day's check runs once the container is back in STANDBY.
     */
    public static CheckTimings defaults() {
        return new CheckTimings(
                new KindTiming(Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(60),
                        Set.of("CHECKING", "STANDBY", "SERVING")),
                new KindTiming(Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(60),
                        Set.of("SERVING")),
                new KindTiming(Duration.ofHours(24), Duration.ofHours(2), Duration.ofHours(6),
                        Set.of("CHECKING", "STANDBY")));
    }

    public KindTiming of(CheckKind kind) {
        switch (kind) {
            case LIVENESS:
                return liveness;
            case QOE:
                return qoe;
            default:
                return capacity;
        }
    }
}
