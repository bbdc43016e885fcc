package io.athgrid.registry.heartbeat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Counts heartbeats by outcome: {@code athgrid.registry.heartbeats{outcome=accepted|replayed|...}}. */
@Component
public class HeartbeatMetrics {

    /** What became of a heartbeat. */
    public enum Outcome { ACCEPTED, UNKNOWN_CONTAINER, RETIRED, BAD_SIGNATURE, OUT_OF_WINDOW, REPLAYED }

    private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);

    public HeartbeatMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            counters.put(outcome, Counter.builder("athgrid.registry.heartbeats")
                    .description("Heartbeats received, by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    public void count(Outcome outcome) {
        counters.get(outcome).increment();
    }
}
