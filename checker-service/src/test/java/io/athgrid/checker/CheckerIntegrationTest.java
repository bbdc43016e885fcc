package io.athgrid.checker;

import io.athgrid.support.testing.ServiceIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The checker on real PostgreSQL and Kafka, its clocks sped up: a liveness check every 4 s answered
 * within 3 s and decided within 6 s, capacity answered within 20 s, checkers offline 3 s after their
 * last poll, slashes disputable for 15 s. Rewards accrue only when a test asks (no cron). The
 * registry is not running: stake requirements come from the registration events. Every integration
 * test class carries exactly this, so they share one context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.config.name=" + CheckerApplication.CONFIG_NAME,
        "athgrid.checker.assignment.seed=integration-tests",
        "athgrid.checker.assignment.online-within=3s",
        "athgrid.checker.checks.liveness.every=4s",
        "athgrid.checker.checks.liveness.answer-within=3s",
        "athgrid.checker.checks.liveness.decide-within=6s",
        "athgrid.checker.checks.qoe.every=4s",
        "athgrid.checker.checks.qoe.answer-within=3s",
        "athgrid.checker.checks.qoe.decide-within=6s",
        "athgrid.checker.checks.capacity.answer-within=20s",
        "athgrid.checker.checks.capacity.decide-within=25s",
        "athgrid.checker.slashing.dispute-window=15s",
        "athgrid.checker.rewards.accrual-cron=-",
        "athgrid.checker.registry.url=http://127.0.0.1:9",
        "athgrid.checker.registry.timeout=1s",
        "athgrid.checker.workers.assignment-interval=200ms",
        "athgrid.checker.workers.referee-interval=200ms",
        "athgrid.checker.workers.slash-interval=500ms",
        // The test database is dropped at JVM exit while workers still poll it: they give up fast.
        "spring.datasource.hikari.connection-timeout=2000"})
public @interface CheckerIntegrationTest {
}
