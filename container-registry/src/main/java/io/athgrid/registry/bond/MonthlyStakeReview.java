package io.athgrid.registry.bond;

import io.athgrid.registry.stake.StakeRequirementsFixed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new month brings a new requirement, so once the month's requirements are fixed every bonded
 * container is reviewed against its own: a bond that covered last month's may now fall short
 * (HALTED), or cover again (STANDBY). One transaction per container, so one failure stops no other.
 */
@Component
class MonthlyStakeReview {

    private static final Logger log = LoggerFactory.getLogger(MonthlyStakeReview.class);

    private final ContainerBonds bonds;
    private final StakeReview review;

    MonthlyStakeReview(ContainerBonds bonds, StakeReview review) {
        this.bonds = bonds;
        this.review = review;
    }

    @EventListener
    void monthBegan(StakeRequirementsFixed fixed) {
        int reviewed = 0;
        for (UUID containerId : bonds.bondedLiveContainers()) {
            try {
                review.review(containerId, "stake requirement for " + fixed.month());
                reviewed++;
            } catch (RuntimeException e) {
                log.warn("Could not review the stake of container {} for {}", containerId, fixed.month(), e);
            }
        }
        log.info("Stakes of {} bonded containers reviewed for {}", reviewed, fixed.month());
    }
}
