package io.athgrid.agent.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.AgentJson;
import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.CheckReportTypedData;
import io.athgrid.protocol.check.CheckerDomain;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;

class ReportSubmissionTest {

    private static final ECKeyPair BURNER = ECKeyPair.create(new BigInteger("5eed", 16));
    private static final CheckerDomain DOMAIN = new CheckerDomain(421614, "0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:05Z");
    private static final LivenessResult REACHABLE = new LivenessResult(true, new BigDecimal("20.00"), 48);

    @Test
    void the_report_is_signed_by_the_burner_in_the_platforms_domain() {
        ReportSubmission submission = ReportSubmission.sign(assignment(CheckKind.LIVENESS), REACHABLE, DOMAIN, BURNER, NOW);

        CheckReport report = submission.signed().report();
        assertThat(report).isEqualTo(new CheckReport("job-1", 12, "c-9", CheckKind.LIVENESS, REACHABLE.resultHash(),
                NOW.getEpochSecond()));
        assertThat(CheckReportTypedData.recoverSigner(report, submission.signed().signature(), DOMAIN))
                .isEqualTo(KeyFile.address(BURNER));
        CheckerDomain otherChain = new CheckerDomain(42161, DOMAIN.licenseContract());
        assertThat(CheckReportTypedData.recoverSigner(report, submission.signed().signature(), otherChain))
                .isNotEqualTo(KeyFile.address(BURNER));
    }

    @Test
    void the_body_carries_the_report_the_result_and_the_signature() {
        ReportSubmission submission = ReportSubmission.sign(assignment(CheckKind.LIVENESS), REACHABLE, DOMAIN, BURNER, NOW);

        JsonNode body = submission.json();

        assertThat(fieldNames(body)).containsExactly("jobId", "licenseId", "containerId", "kind", "result", "resultHash",
                "submittedAt", "signature");
        assertThat(body.path("licenseId").asString()).isEqualTo("12");
        assertThat(body.path("kind").asString()).isEqualTo("LIVENESS");
        assertThat(body.path("resultHash").asString()).isEqualTo(REACHABLE.resultHash());
        assertThat(body.path("submittedAt").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(body.path("signature").asString()).isEqualTo(submission.signed().signature()).matches("0x[0-9a-f]{130}");
        assertThat(AgentJson.MAPPER.treeToValue(body.path("result"), LivenessResult.class)).isEqualTo(REACHABLE);
    }

    @Test
    void results_are_written_with_their_records_field_names_only() {
        assertThat(fieldNames(AgentJson.MAPPER.valueToTree(REACHABLE))).containsExactly("reachable", "packetLossPercent", "durationMs");
        assertThat(fieldNames(AgentJson.MAPPER.valueToTree(QoeResult.unresponsive())))
                .containsExactly("responsive", "latencyMs", "throughputPerSecond", "errorPercent");
        CapacityResult capacity = new CapacityResult(false, "H100_SXM", 4, 80, new BigDecimal("3956.00"));
        JsonNode written = AgentJson.MAPPER.valueToTree(capacity);
        assertThat(fieldNames(written)).containsExactly("qualified", "gpuModel", "gpuCount", "vramGbPerGpu", "benchmarkScore");
        assertThat(AgentJson.MAPPER.treeToValue(written, CapacityResult.class).resultHash()).isEqualTo(capacity.resultHash());
    }

    @Test
    void a_result_of_another_kind_cannot_answer_the_job() {
        assertThatThrownBy(() -> ReportSubmission.sign(assignment(CheckKind.QOE), REACHABLE, DOMAIN, BURNER, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Assignment assignment(CheckKind kind) {
        return new Assignment("job-1", 12, "c-9", kind, "https://gpu-9.example", "eu-central", NOW.minusSeconds(5),
                NOW.plusSeconds(15), Optional.empty());
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
