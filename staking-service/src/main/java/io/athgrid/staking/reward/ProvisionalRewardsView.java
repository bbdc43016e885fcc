package io.athgrid.staking.reward;

import java.time.Instant;
import java.util.List;

/**
 * An account's provisional container rewards in the open epoch (an estimate, see
 * {@link ProvisionalSplit}); wei as strings. {@code endsAt} is the epoch's displayed end, as in
 * {@code GET /epochs/current}; the elapsed part is of the whole epoch, up to the next one's start.
 */
public record ProvisionalRewardsView(String account, long epoch, Instant startsAt, Instant endsAt, Instant asOf,
        long elapsedBasisPoints, String capacityWei, String deliveryWei, List<ContainerView> containers) {

    static ProvisionalRewardsView of(String account, ProvisionalSplit.Estimate estimate) {
        return new ProvisionalRewardsView(account, estimate.epoch().number(), estimate.epoch().startsAt(),
                estimate.epoch().displayedEnd(), estimate.asOf(), estimate.elapsedBasisPoints(),
                estimate.capacityWei().toString(), estimate.deliveryWei().toString(),
                estimate.containers().stream().map(ContainerView::of).toList());
    }

    public record ContainerView(String containerId, long capacityUnits, long deliveryUnits, String capacityWei,
            String deliveryWei) {

        static ContainerView of(ProvisionalSplit.ContainerEstimate container) {
            return new ContainerView(container.containerId(), container.capacityUnits(), container.deliveryUnits(),
                    container.capacityWei().toString(), container.deliveryWei().toString());
        }
    }
}
