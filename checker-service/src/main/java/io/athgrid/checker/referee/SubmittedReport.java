package io.athgrid.checker.referee;

import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.SignedCheckReport;
import java.time.Instant;

/** A report as it arrived: the signed report, the result it claims to hash, and when we received it. */
public record SubmittedReport(SignedCheckReport signed, CheckResult result, Instant receivedAt) {
}
