package io.athgrid.staking.reward;

import io.athgrid.staking.ledger.VestingPlan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code athgrid.staking.rewards.*}, with the design's values as defaults.
 *
 * @param usdPerAth   the configured ATH/USD rate (USD per ATH) the price feed gives, locked into schedules at their start
 * @param aprYear     the year an epoch's emission is annualised over for the APR
 * @param multipliers reward-power multipliers by epochs locked (default 1 for every lock)
 * @param schedules   the staking pools' emission campaigns (default the design's AI-pool campaign: USD 30 M over 24 epochs from epoch 0)
 * @param containers  the container pools' emission per epoch and its split
 * @param hostVesting how host rewards vest (30 % at once, 30 % over 90 days, 40 % over 180 days)
 */
@ConfigurationProperties("athgrid.staking.rewards")
public record RewardProperties(
        @DefaultValue("0.05") BigDecimal usdPerAth,
        @DefaultValue("365d") Duration aprYear,
        List<Multiplier> multipliers,
        List<Schedule> schedules,
        @DefaultValue Containers containers,
        List<Tranche> hostVesting) {

    private static final BigDecimal WEI_PER_ATH = BigDecimal.TEN.pow(18);

    public RewardProperties {
        multipliers = multipliers == null ? List.of(new Multiplier(1, BigDecimal.ONE)) : List.copyOf(multipliers);
        schedules = schedules == null
                ? List.of(new Schedule("ai-campaign-1", StakingPool.AI, new BigDecimal("30000000"), 24, 0))
                : List.copyOf(schedules);
        hostVesting = hostVesting == null ? List.of(new Tranche(3000, Duration.ZERO),
                new Tranche(3000, Duration.ofDays(90)), new Tranche(4000, Duration.ofDays(180)))
                : List.copyOf(hostVesting);
    }

    public LockMultipliers lockMultipliers() {
        return new LockMultipliers(multipliers.stream()
                .map(m -> new LockMultipliers.Bracket(m.minEpochs(), m.multiplier())).toList());
    }

    public List<EmissionSchedule> emissionSchedules() {
        return schedules.stream()
                .map(s -> new EmissionSchedule(s.id(), s.pool(), s.totalUsd(), s.epochs(), s.startEpoch())).toList();
    }

    public VestingPlan hostVestingPlan() {
        return new VestingPlan(hostVesting.stream()
                .map(t -> new VestingPlan.Tranche(t.shareBasisPoints(), t.duration())).toList());
    }

    public ContainerEmission containerEmission() {
        BigInteger wei = containers.epochEmissionAth().multiply(WEI_PER_ATH).toBigIntegerExact();
        return new ContainerEmission(wei, containers.capacityShareBasisPoints());
    }

    /** Locks of at least {@code minEpochs} epochs have their reward power multiplied by {@code multiplier}. */
    public record Multiplier(long minEpochs, BigDecimal multiplier) {
    }

    /** {@code totalUsd} of ATH emitted into {@code pool} over {@code epochs} epochs from {@code startEpoch}. */
    public record Schedule(String id, StakingPool pool, BigDecimal totalUsd, int epochs, long startEpoch) {
    }

    /**
     * @param epochEmissionAth         ATH emitted per epoch to containers (the design gives no figure: 35 % of
     *                                 42 B ATH over 208 epochs)
     * @param capacityShareBasisPoints Proof of Capacity's share of it; Proof of Delivery gets the rest
     */
    public record Containers(@DefaultValue("70673076") BigDecimal epochEmissionAth,
            @DefaultValue("5000") int capacityShareBasisPoints) {
    }

    /** A share of host rewards (basis points) vesting linearly over {@code duration} (0: at once). */
    public record Tranche(int shareBasisPoints, Duration duration) {
    }
}
