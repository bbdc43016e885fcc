package io.athgrid.protocol.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.protocol.signature.InvalidSignatureException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.StructuredDataEncoder;

class CheckReportTypedDataTest {

    // anvil's first dev account, so the expected address is well known
    private static final Credentials CHECKER =
            Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final String CHECKER_ADDRESS = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    private static final CheckerDomain DOMAIN =
            new CheckerDomain(421614, "0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private static final String JOB = "7d0d3f0e-4d1b-3c7e-9a59-0a8f4b0e6c11";
    private static final String CONTAINER = "3b2c5e1a-9f4d-4c1e-8a7b-2d6f0e9c1a55";
    private static final LivenessResult ALIVE = new LivenessResult(true, BigDecimal.ZERO, 120);
    private static final CheckReport REPORT = CheckReport.of(JOB, 7, CONTAINER, ALIVE, 1_764_000_030L);

    @Test
    void a_signed_report_recovers_the_checker_wallet() {
        SignedCheckReport signed = SignedCheckReport.sign(REPORT, DOMAIN, CHECKER.getEcKeyPair());

        assertThat(signed.signer(DOMAIN)).isEqualTo(CHECKER_ADDRESS);
        assertThat(signed.signature()).matches("0x[0-9a-f]{130}");
    }

    @Test
    void the_digest_is_the_one_wallets_compute_from_the_typed_data() throws Exception {
        assertThat(CheckReportTypedData.digest(REPORT, DOMAIN)).isEqualTo(
                new StructuredDataEncoder(CheckReportTypedData.json(REPORT, DOMAIN)).hashStructuredData());
    }

    @Test
    void tampering_with_any_signed_field_recovers_someone_else() {
        String signature = CheckReportTypedData.sign(REPORT, DOMAIN, CHECKER.getEcKeyPair()).toHex();
        List<CheckReport> tampered = List.of(
                new CheckReport("another-job", 7, CONTAINER, REPORT.kind(), REPORT.resultHash(), REPORT.submittedAt()),
                new CheckReport(JOB, 8, CONTAINER, REPORT.kind(), REPORT.resultHash(), REPORT.submittedAt()),
                new CheckReport(JOB, 7, "another-container", REPORT.kind(), REPORT.resultHash(), REPORT.submittedAt()),
                new CheckReport(JOB, 7, CONTAINER, CheckKind.QOE, REPORT.resultHash(), REPORT.submittedAt()),
                CheckReport.of(JOB, 7, CONTAINER, LivenessResult.unreachable(120), REPORT.submittedAt()),
                new CheckReport(JOB, 7, CONTAINER, REPORT.kind(), REPORT.resultHash(), REPORT.submittedAt() + 1));

        assertThat(tampered).allSatisfy(report ->
                assertThat(CheckReportTypedData.recoverSigner(report, signature, DOMAIN)).isNotEqualTo(CHECKER_ADDRESS));
    }

    @Test
    void a_report_signed_for_another_chain_or_license_contract_does_not_verify_here() {
        String signature = CheckReportTypedData.sign(REPORT, DOMAIN, CHECKER.getEcKeyPair()).toHex();

        assertThat(CheckReportTypedData.recoverSigner(REPORT, signature,
                new CheckerDomain(42161, DOMAIN.licenseContract()))).isNotEqualTo(CHECKER_ADDRESS);
        assertThat(CheckReportTypedData.recoverSigner(REPORT, signature,
                new CheckerDomain(421614, "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512"))).isNotEqualTo(CHECKER_ADDRESS);
    }

    @Test
    void a_malformed_or_altered_signature_is_refused_or_recovers_someone_else() {
        String signature = CheckReportTypedData.sign(REPORT, DOMAIN, CHECKER.getEcKeyPair()).toHex();
        String altered = signature.substring(0, 10) + (signature.charAt(10) == '0' ? '1' : '0') + signature.substring(11);

        assertThatThrownBy(() -> CheckReportTypedData.recoverSigner(REPORT, "0x1234", DOMAIN))
                .isInstanceOf(InvalidSignatureException.class);
        assertThat(recoverOrNull(altered)).isNotEqualTo(CHECKER_ADDRESS);
    }

    @Test
    void typed_data_names_the_checker_domain_for_wallets() {
        assertThat(CheckReportTypedData.json(REPORT, DOMAIN)).contains("\"primaryType\":\"CheckReport\"",
                "\"name\":\"athgrid Checker\"", "\"verifyingContract\":\"0x5fbdb2315678afecb367f032d93f642f64180aa3\"",
                "\"kind\":\"LIVENESS\"", "\"resultHash\":\"" + ALIVE.resultHash() + "\"");
    }

    private static String recoverOrNull(String signature) {
        try {
            return CheckReportTypedData.recoverSigner(REPORT, signature, DOMAIN);
        } catch (InvalidSignatureException e) {
            return null;
        }
    }
}
