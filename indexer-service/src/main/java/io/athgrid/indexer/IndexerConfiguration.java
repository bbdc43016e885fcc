package io.athgrid.indexer;

import io.athgrid.indexer.demand.MissedDemandStore;
import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.matching.LatencyTable;
import io.athgrid.indexer.matching.Matcher;
import io.athgrid.indexer.matching.RankingWeights;
import io.athgrid.indexer.reservation.ReservationRules;
import io.athgrid.indexer.reservation.ReservationStore;
import io.athgrid.indexer.reservation.Reservations;
import io.athgrid.indexer.snapshot.RegistrySnapshot;
import io.athgrid.indexer.snapshot.SnapshotHealthIndicator;
import io.athgrid.indexer.snapshot.SnapshotLoader;
import io.athgrid.support.identity.InternalTokenIssuer;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the plain-Java index, matcher and stores from {@code athgrid.indexer.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndexerProperties.class)
class IndexerConfiguration {

    @Bean
    CapacityIndex capacityIndex(IndexerProperties properties) {
        return new CapacityIndex(properties.matching().defaultQosScore());
    }

    @Bean
    LatencyTable latencyTable(IndexerProperties properties) {
        return LatencyTable.of(properties.latency().sameRegionMs(), properties.latency().rttMs());
    }

    @Bean
    Matcher matcher(LatencyTable latency, IndexerProperties properties) {
        IndexerProperties.Matching matching = properties.matching();
        IndexerProperties.Weights weights = matching.weights();
        return new Matcher(latency, new RankingWeights(weights.price(), weights.qos(), weights.latency()),
                matching.bestFitWindow());
    }

    @Bean
    ReservationRules reservationRules(IndexerProperties properties) {
        IndexerProperties.Matching matching = properties.matching();
        return new ReservationRules(new ReservationRules.Limits(matching.maxNodes(),
                properties.reservations().maxLeaseSeconds(), matching.defaultMaxLatencyMs()));
    }

    @Bean
    ReservationStore reservationStore(DataSource dataSource) {
        return new ReservationStore(JdbcClient.create(dataSource));
    }

    @Bean
    MissedDemandStore missedDemandStore(DataSource dataSource) {
        return new MissedDemandStore(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
    }

    @Bean
    Reservations reservations(CapacityIndex index, Matcher matcher, ReservationStore store,
            MissedDemandStore missedDemand, PlatformTransactionManager transactions, Clock clock) {
        return new Reservations(index, matcher, store, missedDemand, new TransactionTemplate(transactions), clock);
    }

    @Bean
    RegistrySnapshot registrySnapshot(IndexerProperties properties, InternalTokenIssuer tokens, Clock clock) {
        IndexerProperties.Snapshot snapshot = properties.snapshot();
        return new RegistrySnapshot(properties.registryUrl(), tokens, snapshot.pageSize(), snapshot.timeout(), clock);
    }

    @Bean
    SnapshotLoader snapshotLoader(RegistrySnapshot registry, CapacityIndex index) {
        return new SnapshotLoader(registry, index);
    }

    @Bean
    SnapshotHealthIndicator indexSnapshotHealthIndicator(SnapshotLoader loader, IndexerProperties properties) {
        return new SnapshotHealthIndicator(loader, properties.snapshot().requiredForReadiness());
    }
}
