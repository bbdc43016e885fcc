package io.athgrid.checker.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.fixtures.Answers;
import io.athgrid.checker.fixtures.Assignment;
import io.athgrid.checker.fixtures.CheckerScenarioBase;
import io.athgrid.checker.fixtures.ContainerFeed;
import io.athgrid.checker.fixtures.TestChecker;
import io.athgrid.checker.report.ResultJson;
import io.athgrid.events.v1.CheckReportAccepted;
import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.events.v1.CheckerBanned;
import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.SignedCheckReport;
import io.athgrid.support.testing.ServiceHttp;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import tools.jackson.databind.JsonNode;

/**
 * The attacks on check reports the design names: each is answered with problem+json naming its
 * reason, writes nothing, and is never counted in a verdict. Seats on capacity checks are used
 * because they stay open long enough (20 s here) for a test to try every attack on one seat.
 */
class ReportAttacksIT extends CheckerScenarioBase {

    @Test
    void forged_mismatched_unassigned_malformed_and_replayed_reports_are_refused_and_not_counted() {
        TestChecker a = checker("a", Answers.honest(hosts));
        TestChecker b = checker("b", Answers.honest(hosts));
        TestChecker victim = checker("victim", Answers.silent());
        Credentials strangerOwner = wallet();
        long stranger = mint(strangerOwner.getAddress());
        ContainerFeed.Container host = container("STANDBY");
        Assignment seat = awaitSeat(victim, host, CheckKind.CAPACITY);

        assertRejected(victim.report(seat, victim.licenseId(), Answers.AS_REGISTERED, wallet().getEcKeyPair()),
                403, "BAD_SIGNATURE");
        CheckReport signedAlive = CheckReport.of(seat.jobId(), victim.licenseId(), host.id(), Answers.AS_REGISTERED,
                Instant.now().getEpochSecond());
        String signature = SignedCheckReport.sign(signedAlive, properties.chain().domain(), victim.key()).signature();
        assertRejected(victim.submit(signedAlive, new CapacityResult(true, "H100_SXM", 8, 80,
                new BigDecimal("99999")), signature), 400, "RESULT_MISMATCH");
        assertRejected(victim.report(seat, stranger, Answers.AS_REGISTERED, strangerOwner.getEcKeyPair()), 403,
                "NOT_ASSIGNED");
        HttpResponse<String> malformed = victim.post("{\"jobId\": \"\", \"kind\": \"GUESS\", \"resultHash\": \"0x12\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(ServiceHttp.json(malformed).get("errors")).extracting(error -> error.get("field").asString())
                .contains("jobId", "licenseId", "containerId", "kind", "result", "resultHash", "submittedAt",
                        "signature");

        String genuine = TestChecker.body(signedAlive, ResultJson.fields(Answers.AS_REGISTERED),
                signature);
        HttpResponse<String> accepted = victim.post(genuine);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(ServiceHttp.json(accepted).get("accepted").asBoolean()).isTrue();
        assertRejected(victim.post(genuine), 409, "REPLAYED");

        CheckVerdictReached verdict = checks.await(CheckVerdictReached.class, v -> v.jobId().equals(seat.jobId()),
                EVENT_TIMEOUT, "the capacity verdict");
        assertThat(verdict.outcome()).isEqualTo("PASSED");
        assertThat(verdict.correctLicenses()).containsExactlyInAnyOrder(id(a), id(b), id(victim));
        assertThat(verdict.incorrectLicenses()).isEmpty();
        assertThat(checks.all(CheckReportAccepted.class, r -> r.jobId().equals(seat.jobId()), Duration.ofSeconds(1)))
                .extracting(CheckReportAccepted::licenseId).containsExactlyInAnyOrder(id(a), id(b), id(victim));
    }

    @Test
    void a_license_that_passed_to_the_containers_owner_cannot_report_on_it() {
        TestChecker a = checker("a", Answers.honest(hosts));
        TestChecker b = checker("b", Answers.honest(hosts));
        TestChecker sold = checker("sold", Answers.silent());
        Credentials hostOwner = wallet();
        ContainerFeed.Container host = container(hostOwner, "STANDBY");
        Assignment seat = awaitSeat(sold, host, CheckKind.CAPACITY);

        ledger.transfer(sold.licenseId(), sold.owner(), hostOwner.getAddress());
        ownedNowBy(sold.licenseId(), hostOwner.getAddress());

        assertRejected(sold.report(seat, sold.licenseId(), Answers.AS_REGISTERED, hostOwner.getEcKeyPair()), 403,
                "OWNER_CONFLICT");
        CheckVerdictReached verdict = checks.await(CheckVerdictReached.class, v -> v.jobId().equals(seat.jobId()),
                EVENT_TIMEOUT, "the capacity verdict without the sold license");
        assertThat(verdict.correctLicenses()).containsExactlyInAnyOrder(id(a), id(b));
        assertThat(verdict.incorrectLicenses()).isEmpty();
    }

    @Test
    void a_banned_license_cannot_report_on_a_seat_it_was_given_before_its_ban() {
        checker("a", Answers.honest(hosts));
        checker("b", Answers.honest(hosts));
        TestChecker liar = checker("liar", Answers.liar());
        ContainerFeed.Container first = container("STANDBY");
        container("STANDBY");
        Assignment seat = awaitSeat(liar, first, CheckKind.CAPACITY);

        checks.await(CheckerBanned.class, ban -> ban.licenseId().equals(id(liar)), EVENT_TIMEOUT, "the liar's ban");

        assertRejected(liar.report(seat, liar.licenseId(), Answers.AS_REGISTERED, liar.key()), 403, "BANNED");
        assertThat(checks.all(CheckReportAccepted.class,
                r -> r.jobId().equals(seat.jobId()) && r.licenseId().equals(id(liar)), Duration.ofSeconds(1))).isEmpty();
        // The seat it held is voided rather than left open until the answer time: the job is decided without it.
        CheckVerdictReached verdict = checks.await(CheckVerdictReached.class, v -> v.jobId().equals(seat.jobId()),
                EVENT_TIMEOUT, "the capacity verdict without the banned license's seat");
        assertThat(verdict.outcome()).isEqualTo("PASSED");
        assertThat(verdict.correctLicenses()).doesNotContain(id(liar)).hasSize(2);
    }

    private Assignment awaitSeat(TestChecker checker, ContainerFeed.Container host, CheckKind kind) {
        await(() -> checker.seat(host.id(), kind).isPresent(), EVENT_TIMEOUT, kind + " seat of " + checker.licenseId());
        return checker.seat(host.id(), kind).orElseThrow();
    }

    private static void assertRejected(HttpResponse<String> response, int status, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ServiceHttp.json(response);
        assertThat(problem.get("reason").asString()).isEqualTo(reason);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }

    private static String id(TestChecker checker) {
        return Long.toString(checker.licenseId());
    }
}
