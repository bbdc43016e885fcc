package io.athgrid.scheduler;

import io.athgrid.scheduler.fixtures.IndexerNextDoor;
import io.athgrid.support.testing.ServiceIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The scheduler on real PostgreSQL and Kafka with the real indexer beside it, its clocks sped up:
 * workloads boot in a second, leases are metered every second, reserved orders settle every 20 s.
 * Every integration test class carries exactly this, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.config.name=" + SchedulerApplication.CONFIG_NAME,
        "athgrid.scheduler.provisioning.simulated-boot=1s",
        "athgrid.scheduler.provisioning.poll-interval=200ms",
        "athgrid.scheduler.matching.poll-interval=200ms",
        "athgrid.scheduler.matching.retry=1s",
        "athgrid.scheduler.matching.timeout=4s",
        "athgrid.scheduler.billing.metering-interval=1s",
        "athgrid.scheduler.billing.reserved-period=20s",
        "athgrid.scheduler.leases.offline-detection-lag=3s",
        "athgrid.scheduler.market-refresh-interval=300ms",
        "athgrid.scheduler.release-interval=300ms",
        // The test database is dropped at JVM exit while workers still poll it: they give up fast.
        "spring.datasource.hikari.connection-timeout=2000"})
@ContextConfiguration(initializers = IndexerNextDoor.class)
public @interface SchedulerIntegrationTest {
}
