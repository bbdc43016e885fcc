package io.athgrid.checker.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.accrual.RewardAccruals;
import io.athgrid.checker.fixtures.Answers;
import io.athgrid.checker.fixtures.CheckerScenarioBase;
import io.athgrid.checker.fixtures.ContainerFeed;
import io.athgrid.checker.fixtures.TestChecker;
import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.events.v1.CheckerBanned;
import io.athgrid.events.v1.CheckerRewardAccrued;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The day's checker pool, split by correct tasks: the test lets checkers work, waits until every
 * job of the day is decided and announced, counts each license's correct tasks from the verdicts
 * on Kafka, and has the day accrued as if it were tomorrow.
 */
class RewardsIT extends CheckerScenarioBase {

    /** 10 % of 42 B ATH over 4 x 365 days, in wei, rounded down. */
    private static final BigInteger DAILY_POOL = new BigInteger("42000000000000000000000000000")
            .multiply(BigInteger.valueOf(1_000)).divide(BigInteger.valueOf(10_000)).divide(BigInteger.valueOf(4 * 365));

    @Autowired
    RewardAccruals accruals;
    @Autowired
    DataSource dataSource;

    @Test
    void the_days_pool_is_split_by_correct_tasks_exact_to_the_wei_and_only_once() {
        List<TestChecker> honest = Stream.of("a", "b", "c").map(name -> checker(name, Answers.honest(hosts))).toList();
        ContainerFeed.Container host = container("STANDBY");
        checks.awaitAll(CheckVerdictReached.class, v -> v.containerId().equals(host.id())
                && v.correctLicenses().size() == 3, 2, EVENT_TIMEOUT, "two full verdicts");
        containers.status(host, "STANDBY", "RETIRED");
        honest.forEach(TestChecker::close);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Long> expectedTasks = correctTasksAnnounced(today);

        List<LocalDate> accrued = accruals.accrueFinishedDays(Instant.now().plus(Duration.ofDays(1)));

        assertThat(accrued).contains(today);
        List<CheckerRewardAccrued> rewards = checks.awaitAll(CheckerRewardAccrued.class,
                r -> r.day().equals(today) && r.kind().equals("DAILY"), expectedTasks.size(), EVENT_TIMEOUT,
                "a reward per license with correct tasks");
        assertThat(rewards).extracting(CheckerRewardAccrued::licenseId)
                .containsExactlyInAnyOrderElementsOf(expectedTasks.keySet());
        assertThat(rewards.stream().map(CheckerRewardAccrued::amountWei).reduce(BigInteger.ZERO, BigInteger::add))
                .isEqualTo(DAILY_POOL);
        BigInteger totalTasks = BigInteger.valueOf(expectedTasks.values().stream().mapToLong(Long::longValue).sum());
        for (CheckerRewardAccrued reward : rewards) {
            long tasks = expectedTasks.get(reward.licenseId());
            assertThat(reward.correctTasks()).isEqualTo(tasks);
            BigInteger floor = DAILY_POOL.multiply(BigInteger.valueOf(tasks)).divide(totalTasks);
            assertThat(reward.amountWei()).isBetween(floor, floor.add(BigInteger.ONE));
        }
        TestChecker first = honest.get(0);
        assertThat(rewards).filteredOn(r -> r.licenseId().equals(Long.toString(first.licenseId())))
                .singleElement().satisfies(r -> assertThat(r.owner()).isEqualTo(first.owner()));

        assertThat(accruals.accrueFinishedDays(Instant.now().plus(Duration.ofDays(1)))).isEmpty();
        assertThat(checks.all(CheckerRewardAccrued.class, r -> r.day().equals(today), Duration.ofSeconds(2)))
                .hasSameSizeAs(rewards);
    }

    /**
     * Waits until no container is checked and every job is decided, then counts per license the
     * correct tasks of today's verdicts as announced, leaving out licenses banned today.
     */
    private Map<String, Long> correctTasksAnnounced(LocalDate today) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        await(() -> jdbc.sql("select count(*) from checker.checked_container where status <> 'RETIRED'")
                .query(Long.class).single() == 0
                && jdbc.sql("select count(*) from checker.check_job where decided_at is null").query(Long.class)
                        .single() == 0, Duration.ofSeconds(90), "every job decided");
        long decidedToday = jdbc.sql("select count(*) from checker.check_verdict where reached_at >= ?")
                .param(java.sql.Timestamp.from(today.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(Long.class).single();
        List<CheckVerdictReached> verdicts = checks.awaitAll(CheckVerdictReached.class,
                v -> LocalDate.ofInstant(v.reachedAt(), ZoneOffset.UTC).equals(today), (int) decidedToday,
                EVENT_TIMEOUT, "today's verdicts on Kafka");
        Instant dayStart = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Set<String> banned = checks.all(CheckerBanned.class, ban -> ban.bannedUntil().isAfter(dayStart),
                Duration.ofSeconds(1)).stream().map(CheckerBanned::licenseId).collect(Collectors.toSet());
        Map<String, Long> tasks = new HashMap<>();
        verdicts.forEach(verdict -> verdict.correctLicenses().stream().filter(license -> !banned.contains(license))
                .forEach(license -> tasks.merge(license, 1L, Long::sum)));
        return tasks;
    }
}
