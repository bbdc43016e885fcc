package io.athgrid.registry.bond;

import io.athgrid.registry.container.Container;
import io.athgrid.registry.container.ContainerIds;
import io.athgrid.registry.container.ContainerRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each container's bond from the staking-service's news and reviews the container's stake, in
 * the transaction of the incoming event. Only the container's owner can back it: the chain lets
 * anyone post the first bond for any id, so a bond by another wallet is logged and ignored.
 * News is applied in the order it arrives (one container's news shares a partition), not by block:
 * after a chain reorganisation the staking-service announces the new chain's logs again, possibly
 * at lower blocks than the orphaned ones, and each carries the whole bond after it, so the latest
 * news is the truth.
 */
@Component
class BondUpdates {

    private static final Logger log = LoggerFactory.getLogger(BondUpdates.class);

    private final ContainerRepository containers;
    private final ContainerBonds bonds;
    private final StakeReview review;
    private final Clock clock;

    BondUpdates(ContainerRepository containers, ContainerBonds bonds, StakeReview review, Clock clock) {
        this.containers = containers;
        this.bonds = bonds;
        this.review = review;
        this.clock = clock;
    }

    @Transactional
    public void apply(BondNews news) {
        Optional<UUID> id = ContainerIds.parse(news.containerId());
        Optional<Container> container = id.flatMap(containers::findForUpdate);
        if (container.isEmpty()) {
            log.debug("Ignoring {} of unknown container {}", news.describe(), news.containerId());
            return;
        }
        if (news.owner() == null || !news.owner().equalsIgnoreCase(container.get().owner())) {
            log.warn("Ignoring {} of container {}: bonded by {}, not by its owner {}", news.describe(),
                    news.containerId(), news.owner(), container.get().owner());
            return;
        }
        Bond bond = bonds.find(id.get()).map(known -> known.after(news)).orElseGet(() -> Bond.first(news));
        bonds.save(id.get(), bond, clock.instant());
        review.review(id.get(), news.describe());
    }
}
