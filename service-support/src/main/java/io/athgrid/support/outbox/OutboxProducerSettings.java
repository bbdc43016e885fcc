package io.athgrid.support.outbox;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/** Producer settings that keep the relay's order and avoid duplicates the broker can prevent. */
public final class OutboxProducerSettings {

    private OutboxProducerSettings() {
    }

    public static Map<String, Object> settings(OutboxProperties outbox) {
        int timeoutMs = (int) outbox.sendTimeout().toMillis();
        return Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 15_000));
    }
}
