package io.athgrid.checker.slashing;

import io.athgrid.checker.referee.AdmittedReport;
import io.athgrid.checker.referee.Outcome;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.CheckerDomain;
import io.athgrid.protocol.signature.InvalidSignatureException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * What a slash rests on: the container, the reason, the amount, and the failed verdicts with the
 * signed reports behind them. Its {@link #hash()}, keccak256 of the UTF-8 {@link #canonical()} text,
 * is the {@code evidenceHash} given to {@code ContainerBonds.slash} and carried by
 * {@code SlashExecuted}; anyone holding the text can recount the majorities and recover every
 * signer ({@link #problems}).
 */
public record Evidence(String containerId, SlashReason reason, BigInteger amountWei, List<EvidenceVerdict> verdicts) {

    // Ids go into a text of ';'/'='/newline-separated fields; they must not contain the separators.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public Evidence {
        if (!ID.matcher(containerId).matches() || verdicts.stream().anyMatch(verdict -> !ID.matcher(verdict.jobId()).matches())) {
            throw new IllegalArgumentException("container and job ids are 1 to 100 of A-Z a-z 0-9 . _ : -");
        }
        verdicts = verdicts.stream().sorted(Comparator.comparing(EvidenceVerdict::windowStart)
                .thenComparing(EvidenceVerdict::jobId)).toList();
    }

    /**
     * The canonical text: a header line {@code athgrid-evidence/1}, then {@code container=},
     * {@code reason=}, {@code amountWei=} lines, then per verdict (by window start, then job id) a
     * {@code verdict=} line followed by its {@code report=} lines (by license id); lines end with
     * {@code \n}, times are epoch seconds.
     */
    public String canonical() {
        StringBuilder text = new StringBuilder("athgrid-evidence/1\n")
                .append("container=").append(containerId).append('\n')
                .append("reason=").append(reason.name()).append('\n')
                .append("amountWei=").append(amountWei).append('\n');
        for (EvidenceVerdict verdict : verdicts) {
            text.append("verdict=").append(verdict.jobId()).append(";kind=").append(verdict.kind())
                    .append(";outcome=").append(verdict.outcome())
                    .append(";window=").append(verdict.windowStart().getEpochSecond()).append('-')
                    .append(verdict.windowEnd().getEpochSecond())
                    .append(";seats=").append(verdict.seatsWanted())
                    .append(";result=").append(verdict.majorityResult().map(CheckResult::canonical).orElse(""))
                    .append('\n');
            for (AdmittedReport report : verdict.reports()) {
                CheckReport signed = report.signed().report();
                text.append("report=").append(signed.jobId()).append(";license=").append(signed.licenseId())
                        .append(";container=").append(signed.containerId()).append(";kind=").append(signed.kind())
                        .append(";resultHash=").append(signed.resultHash())
                        .append(";submittedAt=").append(signed.submittedAt())
                        .append(";signer=").append(report.signer())
                        .append(";signature=").append(report.signed().signature()).append('\n');
            }
        }
        return text.toString();
    }

    /** {@code 0x} + keccak256 of the canonical text: the bytes32 the chain records. */
    public String hash() {
        return Numeric.toHexString(Hash.sha3(canonical().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What a reviewer would object to; empty when every verdict failed by a majority of its wanted
     * seats and every report is for this container and job and recovers its stated signer.
     */
    public List<String> problems(CheckerDomain domain) {
        List<String> problems = new ArrayList<>();
        if (verdicts.isEmpty()) {
            problems.add("no verdicts");
        }
        for (EvidenceVerdict verdict : verdicts) {
            if (verdict.outcome() != Outcome.FAILED || verdict.majoritySize() < verdict.seatsWanted() / 2 + 1) {
                problems.add(verdict.jobId() + ": not a failure backed by a majority");
            }
            for (AdmittedReport report : verdict.reports()) {
                CheckReport signed = report.signed().report();
                if (!signed.jobId().equals(verdict.jobId()) || !signed.containerId().equals(containerId)
                        || signed.kind() != verdict.kind()) {
                    problems.add(verdict.jobId() + ": report of license " + signed.licenseId() + " is for another job");
                } else if (!recovers(report, domain)) {
                    problems.add(verdict.jobId() + ": signature of license " + signed.licenseId() + " does not recover its signer");
                }
            }
        }
        return problems;
    }

    private static boolean recovers(AdmittedReport report, CheckerDomain domain) {
        try {
            return report.signed().signer(domain).equals(report.signer());
        } catch (InvalidSignatureException e) {
            return false;
        }
    }
}
