package io.athgrid.checker.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.fixtures.Answers;
import io.athgrid.checker.fixtures.Assignment;
import io.athgrid.checker.fixtures.CheckerScenarioBase;
import io.athgrid.checker.fixtures.ContainerFeed;
import io.athgrid.checker.fixtures.TestChecker;
import io.athgrid.events.v1.CheckJobAssigned;
import io.athgrid.events.v1.CheckReportAccepted;
import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.events.v1.CheckerBanned;
import io.athgrid.events.v1.QosScoreUpdated;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Liveness rounds as the checkers play them: honest agreement, a liar outvoted and banned, a silent seat replaced. */
class CheckRoundIT extends CheckerScenarioBase {

    @Test
    void three_honest_checkers_pass_a_liveness_round_and_score_the_container() {
        List<TestChecker> honest = Stream.of("a", "b", "c").map(name -> checker(name, Answers.honest(hosts))).toList();
        List<String> ours = honest.stream().map(checker -> Long.toString(checker.licenseId())).toList();
        ContainerFeed.Container host = container("STANDBY");

        // The first window may still see the container CHECKING, before its move to STANDBY was read.
        CheckVerdictReached verdict = checks.await(CheckVerdictReached.class, v -> v.containerId().equals(host.id())
                && v.kind().equals("LIVENESS") && v.correctLicenses().size() == 3
                && v.containerStatus().equals("STANDBY"), EVENT_TIMEOUT, "a full verdict in STANDBY");

        assertThat(verdict.outcome()).isEqualTo("PASSED");
        assertThat(verdict.correctLicenses()).containsExactlyInAnyOrderElementsOf(ours);
        assertThat(verdict.incorrectLicenses()).isEmpty();
        assertThat(verdict.owner()).isEqualTo(host.owner());
        assertThat(verdict.gpuCount()).isEqualTo(8);
        assertThat(verdict.resultHash()).isEqualTo(Answers.ALIVE.resultHash());
        CheckJobAssigned assigned = checks.await(CheckJobAssigned.class, a -> a.jobId().equals(verdict.jobId()),
                EVENT_TIMEOUT, "the assignment");
        assertThat(assigned.licenseIds()).containsExactlyInAnyOrderElementsOf(ours);
        assertThat(assigned.seatsWanted()).isEqualTo(3);
        assertThat(assigned.replacedLicenseId()).isNull();
        List<CheckReportAccepted> reports = checks.awaitAll(CheckReportAccepted.class,
                r -> r.jobId().equals(verdict.jobId()), 3, EVENT_TIMEOUT, "three accepted reports");
        assertThat(reports).extracting(CheckReportAccepted::signer)
                .containsExactlyInAnyOrderElementsOf(honest.stream().map(c -> c.wallet().toLowerCase()).toList());
        QosScoreUpdated qos = checks.await(QosScoreUpdated.class, q -> q.jobId().equals(verdict.jobId()), EVENT_TIMEOUT,
                "the QoS sample of the verdict");
        assertThat(qos.sample()).isEqualTo(100);

        JsonNode score = ServiceHttp.json(get(Caller.wallet(host.owner()), "/containers/" + host.id() + "/qos"));
        assertThat(score.get("samples").asLong()).isPositive();
        assertThat(score.get("score").decimalValue()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(get(Caller.wallet(wallet().getAddress()), "/containers/" + host.id() + "/qos").statusCode())
                .isEqualTo(404);
        JsonNode licenses = ServiceHttp.json(get(Caller.wallet(honest.get(0).wallet()), "/licenses"));
        assertThat(licenses).hasSize(1);
        assertThat(licenses.get(0).get("licenseId").asString()).isEqualTo(ours.get(0));
        assertThat(licenses.get(0).get("signer").asString()).isEqualTo(honest.get(0).wallet().toLowerCase());
        assertThat(licenses.get(0).get("online").asBoolean()).isTrue();
        JsonNode results = licenses.get(0).get("results");
        assertThat(results.get("correct").asLong()).isPositive();
        assertThat(results.get("incorrect").asLong()).isZero();
        assertThat(results.get("incorrectLast7Days").asLong()).isZero();
    }

    @Test
    void a_liar_is_outvoted_twice_then_banned_and_gets_no_more_jobs() {
        TestChecker a = checker("a", Answers.honest(hosts));
        TestChecker b = checker("b", Answers.honest(hosts));
        TestChecker liar = checker("liar", Answers.liar());
        String liarId = Long.toString(liar.licenseId());
        ContainerFeed.Container host = container("STANDBY");

        List<CheckVerdictReached> outvoted = checks.awaitAll(CheckVerdictReached.class,
                v -> v.containerId().equals(host.id()) && v.incorrectLicenses().contains(liarId), 2, EVENT_TIMEOUT,
                "two verdicts against the liar");
        assertThat(outvoted).allSatisfy(verdict -> {
            assertThat(verdict.outcome()).isEqualTo("PASSED");
            assertThat(verdict.correctLicenses()).containsExactlyInAnyOrder(Long.toString(a.licenseId()),
                    Long.toString(b.licenseId()));
            assertThat(verdict.incorrectLicenses()).containsExactly(liarId);
        });
        CheckerBanned ban = checks.await(CheckerBanned.class, e -> e.licenseId().equals(liarId), EVENT_TIMEOUT,
                "the liar's ban");
        assertThat(ban.incorrectResults()).isEqualTo(2);
        assertThat(Duration.between(ban.bannedFrom(), ban.bannedUntil())).isEqualTo(Duration.ofDays(30));

        List<CheckJobAssigned> afterBan = checks.awaitAll(CheckJobAssigned.class, e -> e.containerId().equals(host.id())
                && e.kind().equals("LIVENESS") && e.assignedAt().isAfter(ban.bannedFrom()), 2, EVENT_TIMEOUT,
                "liveness jobs after the ban");
        assertThat(afterBan).allSatisfy(job -> assertThat(job.licenseIds()).doesNotContain(liarId)
                .containsExactlyInAnyOrder(Long.toString(a.licenseId()), Long.toString(b.licenseId())));
        Set<String> jobsAfterBan = Set.copyOf(afterBan.stream().map(CheckJobAssigned::jobId).toList());
        JsonNode poll = ServiceHttp.json(liar.poll(""));
        assertThat(poll.get("licenses").get(0).asString()).isEqualTo(liarId);
        poll.get("assignments").forEach(seat -> assertThat(jobsAfterBan).doesNotContain(seat.get("jobId").asString()));
        JsonNode license = ServiceHttp.json(get(Caller.wallet(liar.wallet()), "/licenses")).get(0);
        assertThat(license.get("banned").asBoolean()).isTrue();
        JsonNode results = license.get("results");
        assertThat(results.get("incorrect").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(results.get("incorrectLast7Days").asLong()).isEqualTo(results.get("incorrect").asLong());
        assertThat(results.get("correct").asLong()).isZero();
    }

    @Test
    void a_silent_checker_loses_its_seat_to_another_and_its_late_report_is_refused() {
        Stream.of("a", "b", "c").forEach(name -> checker(name, Answers.honest(hosts)));
        TestChecker silent = checker("silent", Answers.silent());
        String silentId = Long.toString(silent.licenseId());
        ContainerFeed.Container host = container("STANDBY");

        CheckJobAssigned replacement = checks.await(CheckJobAssigned.class, e -> e.containerId().equals(host.id())
                && e.kind().equals("LIVENESS") && silentId.equals(e.replacedLicenseId()), EVENT_TIMEOUT,
                "a seat of the silent checker given to another");
        assertThat(replacement.licenseIds()).hasSize(1).doesNotContain(silentId);
        CheckVerdictReached verdict = checks.await(CheckVerdictReached.class,
                v -> v.jobId().equals(replacement.jobId()), EVENT_TIMEOUT, "the verdict of that job");
        assertThat(verdict.outcome()).isEqualTo("PASSED");
        assertThat(verdict.correctLicenses()).hasSizeGreaterThanOrEqualTo(2).doesNotContain(silentId);
        assertThat(verdict.incorrectLicenses()).isEmpty();

        Assignment seat = silent.seen().get(replacement.jobId());
        assertThat(seat).as("the silent checker saw its seat").isNotNull();
        HttpResponse<String> late = silent.report(seat, silent.licenseId(), Answers.ALIVE, silent.key());
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(ServiceHttp.json(late).get("reason").asString()).isEqualTo("LATE");
        assertThat(seat.kind()).isEqualTo(CheckKind.LIVENESS);
    }
}
