package io.athgrid.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param relayEnabled  whether this instance relays its outbox to Kafka
 * @param pollInterval  how often the relay looks for events when nobody wakes it up
 * @param batchSize     events sent per relay transaction
 * @param sendTimeout   how long a batch may wait for the broker's acknowledgements
 * @param retention     how long published events are kept for inspection before deletion
 */
@ConfigurationProperties("athgrid.outbox")
public record OutboxProperties(
        Boolean relayEnabled, Duration pollInterval, Integer batchSize, Duration sendTimeout, Duration retention) {

    public OutboxProperties {
        relayEnabled = relayEnabled == null || relayEnabled;
        pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
        batchSize = batchSize == null ? 200 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        retention = retention == null ? Duration.ofDays(7) : retention;
    }

    public static OutboxProperties defaults() {
        return new OutboxProperties(null, null, null, null, null);
    }
}
