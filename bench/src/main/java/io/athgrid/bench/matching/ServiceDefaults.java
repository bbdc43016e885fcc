package io.athgrid.bench.matching;

import io.athgrid.indexer.IndexerProperties;
import io.athgrid.indexer.matching.LatencyTable;
import io.athgrid.indexer.matching.Matcher;
import io.athgrid.indexer.matching.RankingWeights;
import io.athgrid.indexer.matching.ScanAndSortMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The indexer's matching configuration as it ships ({@code indexer-service.yml}), read without Spring. */
final class ServiceDefaults {

    private final IndexerProperties properties;

    private ServiceDefaults(IndexerProperties properties) {
        this.properties = properties;
    }

    static ServiceDefaults load() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("indexer-service", new ClassPathResource("indexer-service.yml"))) {
                environment.getPropertySources().addLast(source);
            }
            return new ServiceDefaults(Binder.get(environment).bind("athgrid.indexer", IndexerProperties.class).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Matcher matcher() {
        return new Matcher(latency(), weights(), properties.matching().bestFitWindow());
    }

    ScanAndSortMatcher scanAndSort() {
        return new ScanAndSortMatcher(latency(), weights(), properties.matching().bestFitWindow());
    }

    private LatencyTable latency() {
        return LatencyTable.of(properties.latency().sameRegionMs(), properties.latency().rttMs());
    }

    private RankingWeights weights() {
        IndexerProperties.Weights weights = properties.matching().weights();
        return new RankingWeights(weights.price(), weights.qos(), weights.latency());
    }
}
