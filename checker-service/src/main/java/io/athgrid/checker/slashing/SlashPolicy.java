package io.athgrid.checker.slashing;

import io.athgrid.protocol.check.Bands;
import io.athgrid.protocol.check.CapacityResult;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * What a failure the checkers agreed on costs, from the container's stake requirement K x SC
 * ({@code athgrid.checker.slashing.*}): offline while SERVING or reserved 1/3 x K x SC; hardware
 * other than registered, or far below its promise, K x SC; offline while idle (STANDBY) no slash,
 * only no capacity reward for the time. Only FAILED verdicts reach here; a verdict without a
 * majority never costs anything.
 */
public final class SlashPolicy {

    private final StakeFraction offline;
    private final StakeFraction capacityFraud;
    private final StakeFraction underDelivery;

    public SlashPolicy(StakeFraction offline, StakeFraction capacityFraud, StakeFraction underDelivery) {
        this.offline = offline;
        this.capacityFraud = capacityFraud;
        this.underDelivery = underDelivery;
    }

    /** The design's fractions: 1/3, 1 and 1. */
    public static SlashPolicy defaults() {
        return new SlashPolicy(new StakeFraction(1, 3), new StakeFraction(1, 1), new StakeFraction(1, 1));
    }

    public BigInteger amount(SlashReason reason, BigInteger stakeRequirementWei) {
        switch (reason) {
            case OFFLINE_WHILE_SERVING:
            case OFFLINE_WHILE_RESERVED:
                return offline.of(stakeRequirementWei);
            case CAPACITY_FRAUD:
                return capacityFraud.of(stakeRequirementWei);
            default:
                return underDelivery.of(stakeRequirementWei);
        }
    }

    /**
     * A container found offline from {@code from} to {@code to}.
     *
     * @param status   its status when it was checked
     * @param reserved whether a reserved order holds it
     */
    public Optional<Penalty> offline(String status, boolean reserved, Instant from, Instant to,
            BigInteger stakeRequirementWei) {
        if ("SERVING".equals(status)) {
            return Optional.of(slash(SlashReason.OFFLINE_WHILE_SERVING, stakeRequirementWei));
        }
        if (reserved) {
            return Optional.of(slash(SlashReason.OFFLINE_WHILE_RESERVED, stakeRequirementWei));
        }
        if ("STANDBY".equals(status)) {
            return Optional.of(new Penalty.CapacityRewardExclusion(from, to));
        }
        // CHECKING and the like earn nothing and owe nothing yet.
        return Optional.empty();
    }

    /**
     * A capacity check the majority failed. Hardware that is not what was registered is fraud;
     * the registered hardware failing its benchmark is under-delivery.
     */
    public Optional<Penalty> capacity(CapacityResult majority, RegisteredSpecs registered,
            BigInteger stakeRequirementWei) {
        boolean otherHardware = !majority.gpuModel().equals(registered.gpuModel())
                || majority.gpuCount() < registered.gpuCount()
                || majority.vramBand() < Bands.vramGb(registered.vramGbPerGpu());
        if (otherHardware) {
            return Optional.of(slash(SlashReason.CAPACITY_FRAUD, stakeRequirementWei));
        }
        if (!majority.qualified()) {
            return Optional.of(slash(SlashReason.UNDER_DELIVERY, stakeRequirementWei));
        }
        return Optional.empty();
    }

    private Penalty slash(SlashReason reason, BigInteger stakeRequirementWei) {
        return new Penalty.Slash(reason, amount(reason, stakeRequirementWei));
    }
}
