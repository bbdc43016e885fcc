package io.athgrid.indexer.feed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every indexer replica holds the whole index, so each must apply every container event: with
 * {@code athgrid.indexer.replica} set, its handlers record processed events under their own names
 * (and the replica uses its own consumer group, see ADR 9) instead of sharing them with the others.
 */
@Component
class FeedReplica {

    private final String replica;

    FeedReplica(@Value("${athgrid.indexer.replica:}") String replica) {
        this.replica = replica;
    }

    String consumerName(String handler) {
        return replica.isBlank() ? handler : handler + "@" + replica;
    }
}
