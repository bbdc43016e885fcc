package io.athgrid.support.testapp;

import io.athgrid.events.EventCatalog;
import io.athgrid.events.EventDescriptor;
import io.athgrid.events.v1.EventCatalogV1;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A minimal service built on service-support, the way every athgrid service is. */
@SpringBootApplication
public class SupportTestApplication {

    public static final EventCatalog CATALOG = EventCatalogV1.CATALOG.with(
            List.of(new EventDescriptor("AccountOpened", 1, AccountOpened.TOPIC, AccountOpened.class)));

    @Bean
    EventCatalog eventCatalog() {
        return CATALOG;
    }
}
