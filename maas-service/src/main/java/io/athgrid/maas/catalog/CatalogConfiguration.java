package io.athgrid.maas.catalog;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the catalog to its table. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    Catalog catalog(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        return new Catalog(new CatalogStore(jdbc), transaction, clock);
    }
}
