package io.athgrid.checker.slashing;

import static io.athgrid.checker.fixtures.Checkers.ALIVE;
import static io.athgrid.checker.fixtures.Checkers.CONTAINER;
import static io.athgrid.checker.fixtures.Checkers.DOMAIN;
import static io.athgrid.checker.fixtures.Checkers.NOW;
import static io.athgrid.checker.fixtures.Checkers.UNREACHABLE;
import static io.athgrid.checker.fixtures.Checkers.admitted;
import static io.athgrid.checker.fixtures.Checkers.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.fixtures.Checkers;
import io.athgrid.checker.referee.AdmittedReport;
import io.athgrid.checker.referee.OutcomeRule;
import io.athgrid.checker.referee.Referee;
import io.athgrid.checker.referee.Verdict;
import io.athgrid.protocol.check.SignedCheckReport;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class EvidenceTest {

    private static final BigInteger AMOUNT = new BigInteger("333333333333333333333");
    private final Referee referee = new Referee(OutcomeRule.defaults());

    /** A liveness job where licenses 1 and 3 found the container unreachable and 2 did not. */
    private EvidenceVerdict failedVerdict(CheckJob job, List<AdmittedReport> reports) {
        Verdict verdict = referee.decide(job, reports, job.decideBy());
        return EvidenceVerdict.of(verdict, job.seatsWanted(), reports);
    }

    private EvidenceVerdict failedVerdict() {
        CheckJob job = reported(Checkers.livenessJob(1, 2, 3), 1, 2, 3);
        return failedVerdict(job, List.of(admitted(job, 1, UNREACHABLE), admitted(job, 2, ALIVE),
                admitted(job, 3, UNREACHABLE)));
    }

    private static Evidence evidence(List<EvidenceVerdict> verdicts) {
        return new Evidence(CONTAINER, SlashReason.OFFLINE_WHILE_SERVING, AMOUNT, verdicts);
    }

    @Test
    void the_hash_is_keccak256_of_the_canonical_text() {
        Evidence evidence = evidence(List.of(failedVerdict()));

        assertThat(evidence.hash()).matches("0x[0-9a-f]{64}").isEqualTo(
                Numeric.toHexString(Hash.sha3(evidence.canonical().getBytes(StandardCharsets.UTF_8))));
        assertThat(evidence.canonical()).startsWith("athgrid-evidence/1\ncontainer=" + CONTAINER
                + "\nreason=OFFLINE_WHILE_SERVING\namountWei=333333333333333333333\nverdict=job-liveness;kind=LIVENESS;outcome=FAILED;")
                .contains(";seats=3;result=athgrid-check/1;kind=LIVENESS;reachable=false\nreport=job-liveness;license=1;");
    }

    @Test
    void it_keeps_every_counted_report_and_passes_review() {
        Evidence evidence = evidence(List.of(failedVerdict()));

        assertThat(evidence.verdicts().get(0).reports()).extracting(AdmittedReport::licenseId).containsExactly(1L, 2L, 3L);
        assertThat(evidence.verdicts().get(0).majoritySize()).isEqualTo(2);
        assertThat(evidence.problems(DOMAIN)).isEmpty();
    }

    @Test
    void the_order_reports_arrive_in_does_not_change_the_hash_but_any_field_does() {
        CheckJob job = reported(Checkers.livenessJob(1, 2, 3), 1, 2, 3);
        List<AdmittedReport> reports = List.of(admitted(job, 1, UNREACHABLE), admitted(job, 2, ALIVE),
                admitted(job, 3, UNREACHABLE));
        List<AdmittedReport> reversed = new ArrayList<>(reports);
        Collections.reverse(reversed);
        String hash = evidence(List.of(failedVerdict(job, reports))).hash();

        assertThat(evidence(List.of(failedVerdict(job, reversed))).hash()).isEqualTo(hash);
        assertThat(new Evidence(CONTAINER, SlashReason.OFFLINE_WHILE_SERVING, AMOUNT.add(BigInteger.ONE),
                List.of(failedVerdict(job, reports))).hash()).isNotEqualTo(hash);
        assertThat(evidence(List.of(failedVerdict(job, reports.subList(0, 2)))).hash()).isNotEqualTo(hash);
    }

    @Test
    void review_finds_a_forged_signature_and_a_verdict_without_a_majority_failure() {
        CheckJob job = reported(Checkers.livenessJob(1, 2, 3), 1, 2, 3);
        AdmittedReport honest = admitted(job, 1, UNREACHABLE);
        SignedCheckReport forgedSignature = new SignedCheckReport(honest.signed().report(),
                admitted(job, 3, UNREACHABLE).signed().signature());
        AdmittedReport forged = new AdmittedReport(forgedSignature, UNREACHABLE, honest.signer(), NOW);
        EvidenceVerdict withForgery = failedVerdict(job, List.of(forged, admitted(job, 2, ALIVE),
                admitted(job, 3, UNREACHABLE)));
        EvidenceVerdict passed = failedVerdict(job, List.of(admitted(job, 1, ALIVE), admitted(job, 2, ALIVE),
                admitted(job, 3, ALIVE)));

        assertThat(evidence(List.of(withForgery)).problems(DOMAIN))
                .containsExactly("job-liveness: signature of license 1 does not recover its signer");
        assertThat(evidence(List.of(passed)).problems(DOMAIN))
                .containsExactly("job-liveness: not a failure backed by a majority");
        assertThat(evidence(List.of()).problems(DOMAIN)).containsExactly("no verdicts");
    }

    @Test
    void ids_cannot_smuggle_separators_into_the_text() {
        assertThatThrownBy(() -> new Evidence("c;1", SlashReason.CAPACITY_FRAUD, AMOUNT, List.<EvidenceVerdict>of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
