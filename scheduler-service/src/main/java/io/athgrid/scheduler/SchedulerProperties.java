package io.athgrid.scheduler;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code athgrid.scheduler.*}; every default lives in {@code scheduler-service.yml}.
 *
 * @param indexerUrl     where the indexer-service answers (reservations and the market summary)
 * @param indexerTimeout connect and read timeout of one Indexer call
 */
@Validated
@ConfigurationProperties("athgrid.scheduler")
public record SchedulerProperties(
        @NotNull URI indexerUrl,
        @NotNull Duration indexerTimeout,
        @NotNull @Valid PriceFeed priceFeed,
        @NotNull @Valid Orders orders,
        @NotNull @Valid Matching matching,
        @NotNull @Valid Leases leases,
        @NotNull @Valid Provisioning provisioning,
        @NotNull @Valid Billing billing,
        @NotNull Duration marketRefreshInterval,
        @NotNull Duration releaseInterval) {

    /** @param usdPerAth the configured ATH/USD rate (USD per ATH) locked into new orders */
    public record PriceFeed(@NotNull BigDecimal usdPerAth) {
    }

    /**
     * @param maxNodes            most containers one order may ask for
     * @param defaultMaxLatencyMs latency limit when an order names none
     * @param maxDuration         the longest an order may last
     * @param maxLeadTime         how far ahead a reserved order may start
     */
    public record Orders(int maxNodes, int defaultMaxLatencyMs, @NotNull Duration maxDuration,
            @NotNull Duration maxLeadTime) {
    }

    /**
     * @param claim        how long a matching attempt holds a job before another may try it
     * @param retry        pause before asking again for a job that found no capacity
     * @param timeout      how long a job may wait for capacity before it fails
     * @param pollInterval how often waiting jobs are looked for
     * @param batch        jobs claimed per look
     */
    public record Matching(@NotNull Duration claim, @NotNull Duration retry, @NotNull Duration timeout,
            @NotNull Duration pollInterval, int batch) {
    }

    /**
     * @param lease               how long a reservation holds without renewal
     * @param renewAhead          renew a reservation when less than this is left
     * @param renewInterval       how often reservations due for renewal are looked for
     * @param offlineDetectionLag how long before an OFFLINE report the container stopped (missed heartbeats)
     */
    public record Leases(@NotNull Duration lease, @NotNull Duration renewAhead, @NotNull Duration renewInterval,
            @NotNull Duration offlineDetectionLag) {
    }

    /**
     * @param mode          {@code simulation}: workloads count as running after {@code simulatedBoot}
     * @param simulatedBoot how long a simulated workload takes to start
     * @param pollInterval  how often provisioning jobs are checked
     */
    public record Provisioning(@NotNull String mode, @NotNull Duration simulatedBoot, @NotNull Duration pollInterval) {
    }

    /**
     * @param protocolFeeBasisPoints the protocol's share of every charge (2000 = 20 %)
     * @param reservedPeriod         reserved orders are settled per period of this length (24 h)
     * @param meteringInterval       how often running on-demand leases are charged
     * @param providerFeeVesting     how long accrued provider fees vest (45 days)
     * @param accrualCron            when provider fees accrue (00:00 UTC)
     */
    public record Billing(int protocolFeeBasisPoints, @NotNull Duration reservedPeriod,
            @NotNull Duration meteringInterval, @NotNull Duration providerFeeVesting, @NotNull String accrualCron) {
    }
}
