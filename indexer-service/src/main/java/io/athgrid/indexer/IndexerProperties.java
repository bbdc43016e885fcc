package io.athgrid.indexer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code athgrid.indexer.*}; every default lives in {@code indexer-service.yml}.
 *
 * @param registryUrl where the container-registry answers (its {@code GET /containers} rebuilds the index)
 */
@Validated
@ConfigurationProperties("athgrid.indexer")
public record IndexerProperties(
        @NotNull URI registryUrl,
        @NotNull @Valid Snapshot snapshot,
        @NotNull @Valid Matching matching,
        @NotNull @Valid Latency latency,
        @NotNull @Valid Reservations reservations) {

    /**
     * @param pageSize              containers per registry page
     * @param retryInterval         pause between attempts while the registry cannot be read
     * @param timeout               connect and read timeout of one registry call
     * @param requiredForReadiness  whether readiness waits for the first snapshot (events alone may
     *                              leave the index incomplete until then)
     */
    public record Snapshot(int pageSize, @NotNull Duration retryInterval, @NotNull Duration timeout,
            boolean requiredForReadiness) {
    }

    /**
     * @param defaultQosScore   QoS score of a container until checkers publish one (0..1)
     * @param defaultMaxLatencyMs latency limit when a request names none
     * @param bestFitWindow     how many top-ranked candidates best fit chooses among
     * @param maxNodes          most containers one request may ask for
     * @param weights           BEST_OVERALL's weights of price, QoS and latency
     */
    public record Matching(double defaultQosScore, int defaultMaxLatencyMs, int bestFitWindow, int maxNodes,
            @NotNull @Valid Weights weights) {
    }

    public record Weights(double price, double qos, double latency) {
    }

    /**
     * @param sameRegionMs RTT inside a region
     * @param rttMs        region code -> region code -> RTT ms (symmetric; one direction is enough)
     */
    public record Latency(int sameRegionMs, @NotNull Map<String, Map<String, Integer>> rttMs) {
    }

    /**
     * @param maxLeaseSeconds longest lease a reservation or renewal may ask for
     * @param sweepInterval   how often expired leases are released and reserved marks re-read
     */
    public record Reservations(long maxLeaseSeconds, @NotNull Duration sweepInterval) {
    }
}
