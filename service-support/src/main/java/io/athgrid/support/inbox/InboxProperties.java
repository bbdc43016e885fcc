package io.athgrid.support.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retries       attempts after the first before an event goes to its dead-letter topic
 * @param initialBackOff wait before the first retry, doubling up to {@code maxBackOff}
 * @param concurrency   listener threads (at most the topics' partition count is useful)
 */
@ConfigurationProperties("athgrid.inbox")
public record InboxProperties(Integer retries, Duration initialBackOff, Duration maxBackOff, Integer concurrency) {

    public InboxProperties {
        retries = retries == null ? 8 : retries;
        initialBackOff = initialBackOff == null ? Duration.ofMillis(200) : initialBackOff;
        maxBackOff = maxBackOff == null ? Duration.ofSeconds(10) : maxBackOff;
        concurrency = concurrency == null ? 1 : concurrency;
    }
}
