package io.athgrid.checker.verdict;

import static io.athgrid.support.testing.ServiceHttp.ok;
import static io.athgrid.checker.fixtures.StoredVerdicts.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.athgrid.checker.fixtures.Answers;
import io.athgrid.checker.fixtures.CheckerScenarioBase;
import io.athgrid.checker.fixtures.ContainerFeed;
import io.athgrid.checker.fixtures.StoredVerdicts;
import io.athgrid.checker.job.JobStore;
import io.athgrid.checker.referee.Outcome;
import io.athgrid.checker.referee.Verdict;
import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.support.identity.Caller;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.web3j.crypto.Credentials;
import tools.jackson.databind.JsonNode;

/** {@code GET /containers/{id}/verdicts}: the latest verdicts, newest first, with their seats counted by judgement. */
class ContainerVerdictsIT extends CheckerScenarioBase {

    @Autowired
    JobStore jobs;
    @Autowired
    VerdictStore verdictStore;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void the_owner_sees_the_verdicts_newest_first_with_each_judgement_counted() {
        StoredVerdicts verdicts = new StoredVerdicts(jobs, verdictStore, transaction);
        Credentials owner = wallet();
        ContainerFeed.Container host = container(owner, "RETIRED");
        ContainerFeed.Container neighbour = container("RETIRED");
        awaitKnown(host);
        Instant at = today().minus(Duration.ofHours(6));
        Verdict passed = verdicts.add(host.id(), host.owner(), CheckKind.LIVENESS, Outcome.PASSED, at,
                List.of(1L, 2L, 3L), List.of(), List.of());
        Verdict failed = verdicts.add(host.id(), host.owner(), CheckKind.LIVENESS, Outcome.FAILED,
                at.plus(Duration.ofMinutes(1)), List.of(1L, 2L), List.of(3L), List.of());
        Verdict noMajority = verdicts.add(host.id(), host.owner(), CheckKind.CAPACITY, Outcome.NO_MAJORITY,
                at.plus(Duration.ofMinutes(2)), List.of(), List.of(1L, 2L), List.of(3L));
        // Decided in one run: the same time, the job id orders them.
        Verdict sameTimeA = verdicts.add(host.id() + "-a", host.id(), host.owner(), CheckKind.QOE, Outcome.PASSED,
                at.plus(Duration.ofMinutes(3)), List.of(4L, 5L), List.of(), List.of(6L));
        Verdict sameTimeB = verdicts.add(host.id() + "-b", host.id(), host.owner(), CheckKind.LIVENESS,
                Outcome.PASSED, at.plus(Duration.ofMinutes(3)), List.of(4L, 5L, 6L), List.of(), List.of());
        verdicts.add(neighbour.id(), neighbour.owner(), CheckKind.LIVENESS, Outcome.PASSED,
                at.plus(Duration.ofMinutes(4)), List.of(1L, 2L, 3L), List.of(), List.of());

        String path = "/containers/" + host.id() + "/verdicts";
        JsonNode latest = ok(get(Caller.wallet(owner.getAddress()), path));

        assertThat(latest).hasSize(5);
        assertVerdict(latest.get(0), sameTimeB, 3, 0, 0);
        assertVerdict(latest.get(1), sameTimeA, 2, 0, 1);
        assertVerdict(latest.get(2), noMajority, 0, 2, 1);
        assertVerdict(latest.get(3), failed, 2, 1, 0);
        assertVerdict(latest.get(4), passed, 3, 0, 0);
        JsonNode two = ok(get(Caller.operator(wallet().getAddress()), path + "?limit=2"));
        assertThat(ids(two)).containsExactly(sameTimeB.jobId(), sameTimeA.jobId());
    }

    @Test
    void twenty_by_default_up_to_a_hundred_when_asked() {
        StoredVerdicts verdicts = new StoredVerdicts(jobs, verdictStore, transaction);
        ContainerFeed.Container host = container("RETIRED");
        awaitKnown(host);
        Instant first = today().minus(Duration.ofDays(1));
        List<String> newestFirst = new ArrayList<>();
        for (int minute = 0; minute < 25; minute++) {
            newestFirst.add(0, verdicts.add(host.id(), host.owner(), CheckKind.LIVENESS, Outcome.PASSED,
                    first.plus(Duration.ofMinutes(minute)), List.of(1L, 2L, 3L), List.of(), List.of()).jobId());
        }
        Caller owner = Caller.wallet(host.owner());
        String path = "/containers/" + host.id() + "/verdicts";

        assertThat(ids(ok(get(owner, path)))).containsExactlyElementsOf(newestFirst.subList(0, 20));
        assertThat(ids(ok(get(owner, path + "?limit=100")))).containsExactlyElementsOf(newestFirst);
        assertThat(ids(ok(get(owner, path + "?limit=1")))).containsExactly(newestFirst.get(0));
    }

    @Test
    void anyone_but_the_owner_or_an_operator_finds_no_container_and_bad_limits_are_refused() {
        ContainerFeed.Container host = container("RETIRED");
        awaitKnown(host);
        String path = "/containers/" + host.id() + "/verdicts";
        Caller owner = Caller.wallet(host.owner());

        problem(get(Caller.wallet(wallet().getAddress()), path), 404);
        problem(get(Caller.enterprise("acme"), path), 404);
        problem(get(owner, "/containers/" + ContainerFeed.newId() + "/verdicts"), 404);
        assertThat(ok(get(owner, path))).isEmpty();
        assertThat(ok(get(Caller.operator(wallet().getAddress()), path))).isEmpty();
        for (String limit : List.of("0", "101", "-1")) {
            JsonNode refused = problem(get(owner, path + "?limit=" + limit), 400);
            assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("limit");
        }
        problem(get(owner, path + "?limit=twenty"), 400);
    }

    @Test
    void a_real_round_shows_as_the_referee_announced_it() {
        Stream.of("a", "b", "c").forEach(name -> checker(name, Answers.honest(hosts)));
        ContainerFeed.Container host = container("STANDBY");
        checks.awaitAll(CheckVerdictReached.class, v -> v.containerId().equals(host.id()), 2, EVENT_TIMEOUT,
                "two verdicts");
        containers.status(host, "STANDBY", "RETIRED");
        String path = "/containers/" + host.id() + "/verdicts?limit=100";
        // Each verdict is committed before its event is relayed: equal counts mean the same verdicts.
        AtomicReference<List<CheckVerdictReached>> announced = new AtomicReference<>();
        AtomicReference<JsonNode> latest = new AtomicReference<>();
        await(() -> {
            announced.set(checks.all(CheckVerdictReached.class, v -> v.containerId().equals(host.id()),
                    Duration.ofSeconds(1)));
            latest.set(ok(get(Caller.wallet(host.owner()), path)));
            return latest.get().size() == announced.get().size();
        }, Duration.ofSeconds(30), "every verdict announced");

        List<Instant> reached = new ArrayList<>();
        for (JsonNode verdict : latest.get()) {
            CheckVerdictReached event = announced.get().stream()
                    .filter(v -> v.jobId().equals(verdict.get("jobId").asString())).findFirst().orElseThrow();
            assertThat(verdict.get("kind").asString()).isEqualTo(event.kind());
            assertThat(verdict.get("outcome").asString()).isEqualTo(event.outcome());
            assertThat(instant(verdict, "windowStart")).isEqualTo(event.windowStart());
            assertThat(instant(verdict, "windowEnd")).isEqualTo(event.windowEnd());
            assertThat(instant(verdict, "reachedAt")).isCloseTo(event.reachedAt(), within(1, ChronoUnit.MICROS));
            assertThat(verdict.get("correct").asInt()).isEqualTo(event.correctLicenses().size());
            assertThat(verdict.get("incorrect").asInt()).isEqualTo(event.incorrectLicenses().size());
            // Honest checkers answer at once: every verdict comes when all seats reported.
            assertThat(verdict.get("missing").asInt()).isZero();
            reached.add(instant(verdict, "reachedAt"));
        }
        assertThat(reached).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    private static void assertVerdict(JsonNode json, Verdict verdict, int correct, int incorrect, int missing) {
        assertThat(json.get("jobId").asString()).isEqualTo(verdict.jobId());
        assertThat(json.get("kind").asString()).isEqualTo(verdict.kind().name());
        assertThat(json.get("outcome").asString()).isEqualTo(verdict.outcome().name());
        assertThat(instant(json, "windowStart")).isEqualTo(verdict.windowStart());
        assertThat(instant(json, "windowEnd")).isEqualTo(verdict.windowEnd());
        assertThat(instant(json, "reachedAt")).isEqualTo(verdict.reachedAt());
        assertThat(json.get("correct").asInt()).as("correct").isEqualTo(correct);
        assertThat(json.get("incorrect").asInt()).as("incorrect").isEqualTo(incorrect);
        assertThat(json.get("missing").asInt()).as("missing").isEqualTo(missing);
    }

    private static List<String> ids(JsonNode verdicts) {
        return StreamSupport.stream(verdicts.spliterator(), false).map(v -> v.get("jobId").asString()).toList();
    }

    private static Instant instant(JsonNode json, String field) {
        return Instant.parse(json.get(field).asString());
    }
}
