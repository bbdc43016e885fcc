package io.athgrid.events;

import java.util.List;

/**
 * Kafka topic names, one per bounded context. Each topic carries several event types; the
 * envelope's {@code type} tells them apart. Dead letters go to {@code <topic>.dlt}.
 */
public final class Topics {

    public static final String IDENTITY = "athgrid.identity";
    public static final String CONTAINERS = "athgrid.containers";
    public static final String CAPACITY = "athgrid.capacity";
    public static final String JOBS = "athgrid.jobs";
    public static final String BILLING = "athgrid.billing";
    public static final String CHECKS = "athgrid.checks";
    public static final String SLASHING = "athgrid.slashing";
    public static final String STAKING = "athgrid.staking";
    public static final String MAAS = "athgrid.maas";

    public static final List<String> ALL =
            List.of(IDENTITY, CONTAINERS, CAPACITY, JOBS, BILLING, CHECKS, SLASHING, STAKING, MAAS);

    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }

    private Topics() {
    }
}
