package io.athgrid.checker;

import io.athgrid.chain.Addresses;
import io.athgrid.chain.FollowerSettings;
import io.athgrid.checker.assignment.CheckTimings;
import io.athgrid.checker.assignment.KindTiming;
import io.athgrid.checker.ban.CheckerBan;
import io.athgrid.checker.referee.OutcomeRule;
import io.athgrid.checker.reward.CheckerEmission;
import io.athgrid.checker.slashing.SlashPolicy;
import io.athgrid.checker.slashing.StakeFraction;
import io.athgrid.protocol.check.CheckerDomain;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code athgrid.checker.*}; every default is the design's number (or the domain's documented
 * choice) and lives in {@code checker-service.yml}.
 */
@Validated
@ConfigurationProperties("athgrid.checker")
public record CheckerProperties(
        @NotNull @Valid Chain chain,
        @NotNull @Valid Assignment assignment,
        @NotNull @Valid Checks checks,
        @NotNull @Valid Outcome outcome,
        @NotNull @Valid Qos qos,
        @NotNull @Valid Ban ban,
        @NotNull @Valid Rewards rewards,
        @NotNull @Valid Slashing slashing,
        @NotNull @Valid Registry registry,
        @NotNull @Valid Workers workers) {

    /**
     * The EIP-712 domain reports are signed in, and how the CheckerLicense contract is followed.
     *
     * @param licenseContract  the CheckerLicense address (the domain's verifying contract; its logs are followed)
     * @param rpcUrl           JSON-RPC endpoint; blank turns following off (the licenses stay as last mirrored)
     * @param confirmations    a block is applied once this many blocks are on top of it
     * @param pollInterval     pause between polls once caught up
     * @param maxBlocksPerPoll widest eth_getLogs range, and so the most blocks applied in one transaction
     * @param startBlock       the first block read when nothing was followed yet (the contract's deployment)
     * @param maxReorgDepth    deepest reorg rolled back; a deeper one stops following
     */
    public record Chain(long chainId, @NotNull @Pattern(regexp = "0x[0-9a-fA-F]{40}") String licenseContract,
            String rpcUrl, @Min(0) int confirmations, @NotNull Duration pollInterval, @Min(1) int maxBlocksPerPoll,
            @Min(0) long startBlock, @Min(1) int maxReorgDepth) {

        /** The follower's name: its cursor row and its meters' tag. */
        public static final String FOLLOWER = "licenses";

        public CheckerDomain domain() {
            return new CheckerDomain(chainId, licenseContract);
        }

        public boolean following() {
            return rpcUrl != null && !rpcUrl.isBlank();
        }

        public FollowerSettings follower() {
            return new FollowerSettings(FOLLOWER, "athgrid.checker.chain", chainId,
                    List.of(Addresses.lower(licenseContract)), confirmations, pollInterval, maxBlocksPerPoll,
                    startBlock, maxReorgDepth);
        }
    }

    /**
     * @param n             the design's N: each job goes to 2N+1 licenses
     * @param seed          the planner's tie-break seed; blank: a random one per start (unpredictable)
     * @param onlineWithin  a license whose client has not polled for this long is offline
     * @param clockSkew     how far a checker's clock may be off
     * @param defaultRegion the region of a license whose client did not name one
     */
    public record Assignment(@Min(0) int n, String seed, @NotNull Duration onlineWithin, @NotNull Duration clockSkew,
            @NotNull String defaultRegion) {
    }

    public record Checks(@NotNull @Valid Kind liveness, @NotNull @Valid Kind qoe, @NotNull @Valid Kind capacity) {

        public CheckTimings timings() {
            return new CheckTimings(liveness.timing(), qoe.timing(), capacity.timing());
        }
    }

    /** One kind of check: see {@link KindTiming}. */
    public record Kind(@NotNull Duration every, @NotNull Duration answerWithin, @NotNull Duration decideWithin,
            @NotEmpty Set<String> statuses) {

        KindTiming timing() {
            return new KindTiming(every, answerWithin, decideWithin, statuses);
        }
    }

    /** See {@link OutcomeRule}. */
    public record Outcome(long livenessMaxLossPercent, long livenessMaxDurationMs, long qoeMaxLatencyMs,
            long qoeMaxErrorPercent) {

        public OutcomeRule rule() {
            return new OutcomeRule(livenessMaxLossPercent, livenessMaxDurationMs, qoeMaxLatencyMs, qoeMaxErrorPercent);
        }
    }

    /** @param smoothingBasisPoints the EWMA's a in basis points (1000 = 0.1) */
    public record Qos(@Min(1) int smoothingBasisPoints) {
    }

    /** See {@link CheckerBan}. */
    public record Ban(@Min(1) int maxIncorrect, @NotNull Duration window, @NotNull Duration length) {

        public CheckerBan rule() {
            return new CheckerBan(maxIncorrect, window, length);
        }
    }

    /**
     * @param minUptimePercent a license qualifies for the quarterly bonus with uptime above this
     * @param accrualCron      when finished days are accrued (00:00 UTC plus the grace)
     * @param grace            how long after midnight a day counts as finished (verdicts still committing)
     */
    public record Rewards(@NotNull BigInteger totalSupplyWei, int dailyPoolBasisPoints, int quarterlyBonusBasisPoints,
            @Min(1) int emissionYears, @Min(1) int daysPerYear, @NotNull BigDecimal minUptimePercent,
            @NotNull String accrualCron, @NotNull Duration grace) {

        public CheckerEmission emission() {
            return new CheckerEmission(totalSupplyWei, dailyPoolBasisPoints, quarterlyBonusBasisPoints, emissionYears,
                    daysPerYear);
        }
    }

    /**
     * @param failuresToSlash failed liveness verdicts in a row that make an outage slashable
     * @param disputeWindow   how long the owner may dispute a proposal before it executes
     */
    public record Slashing(@Min(1) int failuresToSlash, @NotNull Duration disputeWindow, @NotNull @Valid Fraction offline,
            @NotNull @Valid Fraction capacityFraud, @NotNull @Valid Fraction underDelivery) {

        public SlashPolicy policy() {
            return new SlashPolicy(offline.fraction(), capacityFraud.fraction(), underDelivery.fraction());
        }
    }

    /** A fraction of the stake requirement K x SC. */
    public record Fraction(long numerator, long denominator) {

        StakeFraction fraction() {
            return new StakeFraction(numerator, denominator);
        }
    }

    /** @param url where container-registry answers (the current stake requirement of a container) */
    public record Registry(@NotNull URI url, @NotNull Duration timeout) {
    }

    /**
     * @param assignmentInterval how often due checks are assigned and given-up seats replaced
     * @param refereeInterval    how often jobs due for a verdict are decided
     * @param slashInterval      how often slashes past their dispute window are executed
     * @param batch              jobs decided per transaction batch
     */
    public record Workers(@NotNull Duration assignmentInterval, @NotNull Duration refereeInterval,
            @NotNull Duration slashInterval, @Min(1) int batch) {
    }
}
