package io.athgrid.checker.referee;

import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.SignedCheckReport;
import java.time.Instant;

/** A report that passed admission, with the wallet that signed it: what the referee counts and evidence keeps. */
public record AdmittedReport(SignedCheckReport signed, CheckResult result, String signer, Instant receivedAt) {

    public long licenseId() {
        return signed.report().licenseId();
    }

    public String resultHash() {
        return signed.report().resultHash();
    }
}
