package io.athgrid.staking.reward;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.ledger.Accrual;
import io.athgrid.staking.ledger.Origin;
import io.athgrid.staking.ledger.VestingPlan;
import io.athgrid.staking.reward.ProvisionalSplit.ContainerEstimate;
import io.athgrid.staking.reward.ProvisionalSplit.Estimate;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProvisionalSplitTest {

    private static final String HOST = "0x00000000000000000000000000000000000000a1";
    private static final String OTHER = "0x00000000000000000000000000000000000000b2";
    private static final ContainerShare C1 = new ContainerShare("c-1", HOST);
    private static final ContainerShare C2 = new ContainerShare("c-2", OTHER);
    private static final ContainerShare C3 = new ContainerShare("c-3", HOST);
    private static final Epoch EPOCH = new EpochCalendar(LocalDate.parse("2026-01-01"), LocalTime.of(0, 1),
            Duration.ofDays(7), Duration.ofMinutes(2)).epoch(20);
    /** 3,500 wei to each pool per epoch. */
    private static final ProvisionalSplit SPLIT = new ProvisionalSplit(new ContainerEmission(BigInteger.valueOf(7_000),
            5000));

    private static final Map<ContainerShare, Long> CAPACITY = Map.of(C1, 480L, C2, 240L);
    private static final Map<ContainerShare, Long> DELIVERY = Map.of(C2, 300L, C3, 100L);

    @Test
    void the_emission_so_far_is_split_over_every_container_and_only_the_owners_are_reported() {
        // Three days of seven: 1,500 of each pool's 3,500 wei. Capacity 480:240, delivery 300:100.
        Estimate estimate = SPLIT.estimate(EPOCH, EPOCH.startsAt().plus(Duration.ofDays(3)), HOST, CAPACITY, DELIVERY);

        assertThat(estimate.elapsedBasisPoints()).isEqualTo(4285);
        assertThat(estimate.containers()).containsExactly(
                new ContainerEstimate("c-1", 480, 0, BigInteger.valueOf(1_000), BigInteger.ZERO),
                new ContainerEstimate("c-3", 0, 100, BigInteger.ZERO, BigInteger.valueOf(375)));
        assertThat(estimate.capacityWei()).isEqualTo(BigInteger.valueOf(1_000));
        assertThat(estimate.deliveryWei()).isEqualTo(BigInteger.valueOf(375));
        assertThat(SPLIT.estimate(EPOCH, EPOCH.startsAt().plus(Duration.ofDays(3)), OTHER, CAPACITY, DELIVERY)
                .containers()).containsExactly(new ContainerEstimate("c-2", 240, 300, BigInteger.valueOf(500),
                        BigInteger.valueOf(1_125)));
    }

    @Test
    void the_emission_so_far_is_exact_integer_arithmetic_rounded_down() {
        assertThat(ProvisionalSplit.emittedSoFar(BigInteger.valueOf(1_000), 1, 3)).isEqualTo(BigInteger.valueOf(333));
        // 35,336,538 ATH (half the default container emission) after 1 ms of a week, to the wei.
        BigInteger pool = new BigInteger("35336538000000000000000000");
        assertThat(ProvisionalSplit.emittedSoFar(pool, 1, Duration.ofDays(7).toMillis()))
                .isEqualTo(new BigInteger("58426815476190476"));
        Estimate firstMillisecond = SPLIT.estimate(EPOCH, EPOCH.startsAt().plusMillis(1), HOST, CAPACITY, DELIVERY);
        assertThat(firstMillisecond.capacityWei()).as("3,500 x 1 / 604,800,000 rounds down to nothing").isZero();
        assertThat(firstMillisecond.elapsedBasisPoints()).isZero();
    }

    @Test
    void at_the_whole_epoch_it_is_what_the_close_pays() {
        Map<ContainerShare, Long> capacity = Map.of(C1, 7L, C2, 5L, C3, 1L);
        Map<ContainerShare, Long> delivery = Map.of(C2, 3L, C3, 11L);
        ContainerEmission emission = new ContainerEmission(new BigInteger("70673076000000000000000001"), 3333);
        ProvisionalSplit split = new ProvisionalSplit(emission);

        Estimate whole = split.estimate(EPOCH, EPOCH.endsAt(), HOST, capacity, delivery);

        assertThat(whole.elapsedBasisPoints()).isEqualTo(10_000);
        assertThat(byPoolAndContainer(whole)).isEqualTo(closeOf(emission, HOST, capacity, delivery));
        assertThat(split.estimate(EPOCH, EPOCH.endsAt().plus(Duration.ofDays(1)), HOST, capacity, delivery))
                .as("held to the epoch's end").isEqualTo(new Estimate(EPOCH, EPOCH.endsAt().plus(Duration.ofDays(1)),
                        whole.elapsedMillis(), whole.epochMillis(), whole.capacityWei(), whole.deliveryWei(),
                        whole.containers()));
    }

    @Test
    void before_the_epoch_starts_nothing_is_earned_yet_but_the_containers_are_shown() {
        Estimate estimate = SPLIT.estimate(EPOCH, EPOCH.startsAt().minusSeconds(60), HOST, CAPACITY, DELIVERY);

        assertThat(estimate.elapsedMillis()).isZero();
        assertThat(estimate.capacityWei()).isZero();
        assertThat(estimate.deliveryWei()).isZero();
        assertThat(estimate.containers()).extracting(ContainerEstimate::containerId).containsExactly("c-1", "c-3");
    }

    @Test
    void an_owner_without_units_gets_an_empty_estimate() {
        Estimate estimate = SPLIT.estimate(EPOCH, EPOCH.startsAt().plus(Duration.ofDays(1)),
                "0x00000000000000000000000000000000000000c3", CAPACITY, DELIVERY);

        assertThat(estimate.containers()).isEmpty();
        assertThat(estimate.capacityWei()).isZero();
        assertThat(estimate.elapsedBasisPoints()).isEqualTo(1428);
    }

    /** The close's own computation (EpochEmissions): each pool's emission split by ContainerSplit, booked as accruals. */
    private static Map<String, BigInteger> closeOf(ContainerEmission emission, String owner,
            Map<ContainerShare, Long> capacity, Map<ContainerShare, Long> delivery) {
        EmissionBooking booking = new EmissionBooking(new VestingPlan(List.of(new VestingPlan.Tranche(10_000,
                Duration.ZERO))));
        Map<String, BigInteger> paid = new TreeMap<>();
        for (Origin pool : List.of(Origin.PROOF_OF_CAPACITY, Origin.PROOF_OF_DELIVERY)) {
            BigInteger scheduled = emission.of(pool);
            Map<ContainerShare, Long> units = pool == Origin.PROOF_OF_CAPACITY ? capacity : delivery;
            booking.containers(EPOCH, pool, scheduled, ContainerSplit.split(scheduled, units)).accruals().stream()
                    .filter(accrual -> accrual.owner().equals(owner))
                    .forEach(accrual -> paid.put(pool + "/" + accrual.source(), accrual.amountWei()));
        }
        return paid;
    }

    private static Map<String, BigInteger> byPoolAndContainer(Estimate estimate) {
        Map<String, BigInteger> shares = new TreeMap<>();
        estimate.containers().forEach(container -> {
            if (container.capacityWei().signum() > 0) {
                shares.put(Origin.PROOF_OF_CAPACITY + "/" + container.containerId(), container.capacityWei());
            }
            if (container.deliveryWei().signum() > 0) {
                shares.put(Origin.PROOF_OF_DELIVERY + "/" + container.containerId(), container.deliveryWei());
            }
        });
        return shares;
    }
}
