package io.athgrid.maas.engine;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code athgrid.maas.engines.*}; every default lives in {@code maas-service.yml}.
 *
 * @param pollInterval   how often node agents are told to poll for their engines
 * @param callWindow     how far a call's {@code sentAt} may stray from this service's clock, either way
 * @param healthInterval pause between two rounds of health checks
 * @param healthTimeout  how long one health check may take, connecting included
 * @param failedChecks   consecutive failed health checks after which a ready replica fails
 * @param startDeadline  how long a replica may be starting (from its placement on a container) before it fails
 * @param engineAddresses where reported engines may answer: PUBLIC_ONLY on a shared network, ANY where every
 *                        host is trusted (the local run, tests)
 */
@Validated
@ConfigurationProperties("athgrid.maas.engines")
public record EngineProperties(
        @NotNull Duration pollInterval,
        @NotNull Duration callWindow,
        @NotNull Duration healthInterval,
        @NotNull Duration healthTimeout,
        @Min(1) int failedChecks,
        @NotNull Duration startDeadline,
        @NotNull EngineAddresses engineAddresses) {

    public EngineProperties {
        if (pollInterval != null && pollInterval.toSeconds() < 1) {
            throw new IllegalArgumentException("athgrid.maas.engines.poll-interval must be at least a second");
        }
    }
}
