package io.athgrid.support;

import io.athgrid.events.EventCatalog;
import io.athgrid.events.EventJson;
import io.athgrid.events.v1.EventCatalogV1;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The beans every service shares: who it is, the event catalog, and a clock tests can replace. */
@AutoConfiguration
@EnableConfigurationProperties(ServiceProperties.class)
public class ServiceSupportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventCatalog eventCatalog() {
        return EventCatalogV1.CATALOG;
    }

    @Bean
    @ConditionalOnMissingBean
    EventJson eventJson(EventCatalog catalog) {
        return new EventJson(catalog);
    }
}
