package io.athgrid.support.topics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform's topics are created when missing. Partitions bound how far consumers scale;
 * production sets the replication factor to 3.
 */
@ConfigurationProperties("athgrid.events.topics")
public record TopicProperties(Integer partitions, Short replicationFactor) {

    public TopicProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    }
}
