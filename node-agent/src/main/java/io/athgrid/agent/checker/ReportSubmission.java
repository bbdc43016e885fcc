package io.athgrid.agent.checker;

import io.athgrid.agent.registry.AgentJson;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.CheckerDomain;
import io.athgrid.protocol.check.SignedCheckReport;
import java.time.Instant;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report ready for {@code POST /api/checker/reports}: the result of an assignment, its
 * {@link CheckReport} signed (EIP-712) by the checker's wallet in the platform's domain.
 */
public record ReportSubmission(Assignment assignment, CheckResult result, SignedCheckReport signed) {

    public static ReportSubmission sign(Assignment assignment, CheckResult result, CheckerDomain domain, ECKeyPair wallet,
            Instant now) {
        if (result.kind() != assignment.kind()) {
            throw new IllegalArgumentException("a " + result.kind() + " result cannot answer a " + assignment.kind() + " job");
        }
        CheckReport report = CheckReport.of(assignment.jobId(), assignment.licenseId(), assignment.containerId(), result,
                now.getEpochSecond());
        return new ReportSubmission(assignment, result, SignedCheckReport.sign(report, domain, wallet));
    }

    /** The request body: the report's fields, the result (its record's fields) and the signature. */
    public ObjectNode json() {
        CheckReport report = signed.report();
        ObjectNode body = AgentJson.MAPPER.createObjectNode();
        body.put("jobId", report.jobId());
        // A license id is a uint256 token id; the API writes them as strings.
        body.put("licenseId", Long.toString(report.licenseId()));
        body.put("containerId", report.containerId());
        body.put("kind", report.kind().name());
        body.set("result", AgentJson.MAPPER.valueToTree(result));
        body.put("resultHash", report.resultHash());
        body.put("submittedAt", report.submittedAt());
        body.put("signature", signed.signature());
        return body;
    }
}
