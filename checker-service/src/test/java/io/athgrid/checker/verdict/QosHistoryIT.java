package io.athgrid.checker.verdict;

import static io.athgrid.support.testing.ServiceHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.fixtures.Answers;
import io.athgrid.checker.fixtures.CheckerScenarioBase;
import io.athgrid.checker.fixtures.ContainerFeed;
import io.athgrid.checker.qos.QosHistory;
import io.athgrid.checker.qos.QosScore;
import io.athgrid.events.v1.QosScoreUpdated;
import io.athgrid.support.identity.Caller;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** {@code GET /containers/{id}/qos/history}: per UTC day the day's last score, oldest first. */
class QosHistoryIT extends CheckerScenarioBase {

    @Autowired
    QosStore scores;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void each_day_keeps_its_latest_score_and_the_history_spans_the_days_asked_for() {
        ContainerFeed.Container host = container("RETIRED");
        awaitKnown(host);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        save(host, "88.5", 10, noon(today.minusDays(40)));
        save(host, "91.25", 20, noon(today.minusDays(29)).minus(Duration.ofHours(11)));
        save(host, "60", 30, noon(today.minusDays(2)).minus(Duration.ofHours(2)));
        save(host, "97.1234", 31, noon(today.minusDays(2)).plus(Duration.ofHours(6)));
        // A verdict committed late with an older score: the day keeps its latest.
        save(host, "70", 30, noon(today.minusDays(2)));
        save(host, "99", 45, Instant.now());
        Caller owner = Caller.wallet(host.owner());
        String path = "/containers/" + host.id() + "/qos/history";

        JsonNode month = ok(get(owner, path));
        assertThat(month.get("containerId").asString()).isEqualTo(host.id());
        assertPoints(month, List.of(today.minusDays(29), today.minusDays(2), today),
                List.of("91.25", "97.1234", "99"), List.of(20L, 31L, 45L));
        assertPoints(ok(get(owner, path + "?days=90")),
                List.of(today.minusDays(40), today.minusDays(29), today.minusDays(2), today),
                List.of("88.5", "91.25", "97.1234", "99"), List.of(10L, 20L, 31L, 45L));
        assertPoints(ok(get(owner, path + "?days=3")), List.of(today.minusDays(2), today), List.of("97.1234", "99"),
                List.of(31L, 45L));
        assertPoints(ok(get(Caller.operator(wallet().getAddress()), path + "?days=1")), List.of(today),
                List.of("99"), List.of(45L));
        assertThat(ok(get(owner, path + "?days=30")).get("points").get(2).get("score").isNumber()).isTrue();
    }

    @Test
    void anyone_but_the_owner_or_an_operator_finds_no_container_and_bad_days_are_refused() {
        ContainerFeed.Container host = container("RETIRED");
        awaitKnown(host);
        String path = "/containers/" + host.id() + "/qos/history";
        Caller owner = Caller.wallet(host.owner());

        problem(get(Caller.wallet(wallet().getAddress()), path), 404);
        problem(get(Caller.enterprise("acme"), path), 404);
        problem(get(owner, "/containers/" + ContainerFeed.newId() + "/qos/history"), 404);
        assertThat(ok(get(owner, path)).get("points")).isEmpty();
        for (String days : List.of("0", "91", "-3")) {
            JsonNode refused = problem(get(owner, path + "?days=" + days), 400);
            assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("days");
        }
        problem(get(owner, path + "?days=month"), 400);
    }

    @Test
    void real_rounds_leave_todays_point_at_the_score_the_last_verdict_gave() {
        Stream.of("a", "b", "c").forEach(name -> checker(name, Answers.honest(hosts)));
        ContainerFeed.Container host = container("STANDBY");
        checks.awaitAll(QosScoreUpdated.class, q -> q.containerId().equals(host.id()), 2, EVENT_TIMEOUT,
                "two QoS samples");
        containers.status(host, "STANDBY", "RETIRED");
        Caller owner = Caller.wallet(host.owner());
        String path = "/containers/" + host.id() + "/qos/history?days=1";
        // The point is written with the score, before the score's event is relayed.
        AtomicReference<QosScoreUpdated> last = new AtomicReference<>();
        AtomicReference<JsonNode> point = new AtomicReference<>();
        await(() -> {
            last.set(checks.all(QosScoreUpdated.class, q -> q.containerId().equals(host.id()), Duration.ofSeconds(1))
                    .stream().max(Comparator.comparingLong(QosScoreUpdated::samples)).orElseThrow());
            point.set(ok(get(owner, path)).get("points").get(0));
            return point.get().get("samples").asLong() == last.get().samples();
        }, Duration.ofSeconds(30), "today's point at the last announced score");

        assertThat(point.get().get("day").asString()).isEqualTo(QosHistory.dayOf(last.get().updatedAt()).toString());
        assertThat(point.get().get("score").decimalValue()).isEqualByComparingTo(last.get().score());
        JsonNode current = ok(get(owner, "/containers/" + host.id() + "/qos"));
        assertThat(current.get("samples").asLong()).isEqualTo(last.get().samples());
        assertThat(current.get("score").decimalValue()).isEqualByComparingTo(last.get().score());
    }

    private void save(ContainerFeed.Container host, String score, long samples, Instant at) {
        transaction.executeWithoutResult(
                status -> scores.save(host.id(), new QosScore(new BigDecimal(score), samples), at));
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static void assertPoints(JsonNode history, List<LocalDate> days, List<String> scores, List<Long> samples) {
        JsonNode points = history.get("points");
        assertThat(points).hasSize(days.size());
        for (int i = 0; i < days.size(); i++) {
            JsonNode point = points.get(i);
            assertThat(point.get("day").asString()).isEqualTo(days.get(i).toString());
            assertThat(point.get("score").decimalValue()).as("score of " + days.get(i))
                    .isEqualByComparingTo(scores.get(i));
            assertThat(point.get("samples").asLong()).isEqualTo(samples.get(i));
        }
    }
}
