package io.athgrid.protocol.check;

import java.util.Objects;
import org.web3j.crypto.ECKeyPair;

/**
 * A check report with its signature ({@code 0x} + 130 hex digits), as the checker client submits
 * it and as slashing evidence keeps it: anyone holding it and the {@link CheckerDomain} can recover
 * who signed it.
 */
public record SignedCheckReport(CheckReport report, String signature) {

    public SignedCheckReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(signature, "signature");
    }

    public static SignedCheckReport sign(CheckReport report, CheckerDomain domain, ECKeyPair key) {
        return new SignedCheckReport(report, CheckReportTypedData.sign(report, domain, key).toHex());
    }

    /** The lower-case address that signed; {@code InvalidSignatureException} when the signature is malformed. */
    public String signer(CheckerDomain domain) {
        return CheckReportTypedData.recoverSigner(report, signature, domain);
    }
}
