package io.athgrid.indexer.feed;

import io.athgrid.events.v1.ContainerRegistered;
import io.athgrid.events.v1.ContainerSpecsUpdated;
import io.athgrid.events.v1.ContainerStatusChanged;
import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.index.ContainerOffer;
import io.athgrid.support.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each container event of the registry does to the index. The consumer names are those of the
 * former handler classes, kept because the processed-events table records them: renaming one would
 * re-apply its old events.
 */
@Configuration(proxyBeanMethods = false)
class ContainerFeeds {

    /** A new container enters the index with its status and offer as of its registration. */
    @Bean
    EventHandler<ContainerRegistered> containerRegisteredFeed(CapacityIndex index, FeedReplica replica) {
        return new ContainerFeed<>(replica.consumerName("ContainerRegisteredFeed"), ContainerRegistered.class,
                registered -> index.offered(registered.containerId(), registered.owner(), registered.status(),
                        registered.registeredAt(),
                        ContainerOffer.of(registered.specs(), registered.region(), registered.priceUsdPerGpuHour()),
                        registered.registeredAt()));
    }

    /** A lifecycle move; only STANDBY containers pass the STATUS filter. */
    @Bean
    EventHandler<ContainerStatusChanged> containerStatusFeed(CapacityIndex index, FeedReplica replica) {
        return new ContainerFeed<>(replica.consumerName("ContainerStatusFeed"), ContainerStatusChanged.class,
                changed -> index.statusChanged(changed.containerId(), changed.owner(), changed.status(),
                        changed.changedAt()));
    }

    /** A changed offer (specs and price) replaces the indexed one; the region stays as registered. */
    @Bean
    EventHandler<ContainerSpecsUpdated> containerOfferFeed(CapacityIndex index, FeedReplica replica) {
        // A specs update does not carry the region: the offer keeps the one it was registered with.
        return new ContainerFeed<>(replica.consumerName("ContainerOfferFeed"), ContainerSpecsUpdated.class,
                updated -> index.offerChanged(updated.containerId(), updated.owner(),
                        ContainerOffer.of(updated.specs(), null, updated.priceUsdPerGpuHour()), updated.updatedAt()));
    }
}
