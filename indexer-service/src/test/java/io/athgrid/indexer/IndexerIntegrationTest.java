package io.athgrid.indexer;

import io.athgrid.indexer.fixtures.IndexerScenario;
import io.athgrid.support.testing.ServiceIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The indexer on real PostgreSQL and Kafka, reading its start-up snapshot from a recorded registry
 * over HTTP. Every integration test class carries exactly this (most through
 * {@link io.athgrid.indexer.fixtures.IndexerScenarioBase}), so they share one context; it provides
 * an {@link IndexerScenario} to act on the running service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ServiceIntegrationTest
// Tests sweep explicitly (Reservations.sweep), so a background sweep cannot race their assertions.
@TestPropertySource(properties = {"spring.config.name=" + IndexerApplication.CONFIG_NAME,
        "athgrid.indexer.reservations.sweep-interval=1h"})
@ContextConfiguration(initializers = RecordedRegistryInitializer.class)
@Import(IndexerScenario.class)
public @interface IndexerIntegrationTest {
}
