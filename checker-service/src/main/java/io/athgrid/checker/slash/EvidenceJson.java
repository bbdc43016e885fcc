package io.athgrid.checker.slash;

import io.athgrid.checker.referee.AdmittedReport;
import io.athgrid.checker.slashing.Evidence;
import io.athgrid.checker.slashing.EvidenceVerdict;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.CheckResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence of a slash as JSON for the owner, operators and anyone reviewing it: each failed
 * verdict with the majority's canonical result and every counted report with its signer and
 * signature. The canonical text stored beside it is what the evidence hash is taken of.
 */
final class EvidenceJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvidenceJson() {
    }

    static String of(Evidence evidence) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hash", evidence.hash());
        json.put("containerId", evidence.containerId());
        json.put("reason", evidence.reason().name());
        json.put("amountWei", evidence.amountWei().toString());
        json.put("verdicts", evidence.verdicts().stream().map(EvidenceJson::verdict).toList());
        return JSON.writeValueAsString(json);
    }

    private static Map<String, Object> verdict(EvidenceVerdict verdict) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobId", verdict.jobId());
        json.put("kind", verdict.kind().name());
        json.put("outcome", verdict.outcome().name());
        json.put("windowStart", verdict.windowStart().toString());
        json.put("windowEnd", verdict.windowEnd().toString());
        json.put("seatsWanted", verdict.seatsWanted());
        json.put("majorityResult", verdict.majorityResult().map(CheckResult::canonical).orElse(null));
        json.put("majorityResultHash", verdict.resultHash());
        json.put("reports", reports(verdict.reports()));
        return json;
    }

    private static List<Map<String, Object>> reports(List<AdmittedReport> reports) {
        return reports.stream().map(report -> {
            CheckReport signed = report.signed().report();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("licenseId", Long.toString(signed.licenseId()));
            json.put("signer", report.signer());
            json.put("resultHash", signed.resultHash());
            json.put("submittedAt", signed.submittedAt());
            json.put("signature", report.signed().signature());
            return json;
        }).toList();
    }
}
