package io.athgrid.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The registry's rules as numbers (defaults from the design in {@code container-registry.yml}).
 *
 * @param heartbeatInterval     how often a node agent sends a heartbeat
 * @param missedHeartbeats      heartbeats a container may miss before it is OFFLINE
 * @param heartbeatMaxAge       how old a heartbeat's {@code sentAt} may be
 * @param heartbeatMaxAhead     how far in the future a heartbeat's {@code sentAt} may be
 * @param registrationMaxAge    how old a registration's {@code issuedAt} may be
 * @param registrationMaxAhead  how far in the future a registration's {@code issuedAt} may be
 * @param sweepInterval         how often overdue containers are looked for
 * @param flushInterval         how often last-heartbeat times are written for display and restarts
 * @param unbondingPeriod       how long a retired staked container stays DISSOLVING
 */
@Validated
@ConfigurationProperties("athgrid.registry")
public record RegistryProperties(
        @NotNull Duration heartbeatInterval,
        @Positive int missedHeartbeats,
        @NotNull Duration heartbeatMaxAge,
        @NotNull Duration heartbeatMaxAhead,
        @NotNull Duration registrationMaxAge,
        @NotNull Duration registrationMaxAhead,
        @NotNull Duration sweepInterval,
        @NotNull Duration flushInterval,
        @NotNull Duration unbondingPeriod,
        @NotNull @Valid Stake stake,
        @NotNull @Valid Uptime uptime) {

    /** Silence after which a container counts as OFFLINE: missed heartbeats x interval. */
    public Duration offlineAfter() {
        return heartbeatInterval.multipliedBy(missedHeartbeats);
    }

    /**
     * @param coefficient the default staking coefficient (SC) of a month without its own
     * @param kValues     the default K-Value per GPU model, ATH wei per GPU
     */
    public record Stake(@NotNull @Positive BigDecimal coefficient, @NotNull Map<String, BigInteger> kValues) {
    }

    /**
     * @param dailyReportCron          when each day's offline minutes are counted (UTC)
     * @param dailyMaxOffline          the daily SLO: less offline time than this
     * @param monthlyMinUptimePercent  the monthly SLO: at least this uptime
     */
    public record Uptime(@NotNull String dailyReportCron, @NotNull Duration dailyMaxOffline,
            @NotNull BigDecimal monthlyMinUptimePercent) {
    }
}
