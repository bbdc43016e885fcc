package io.athgrid.agent.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.registry.AgentJson;
import io.athgrid.protocol.check.CheckKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void reads_the_assignments_answer() {
        List<Assignment> assignments = Assignment.listFrom(AgentJson.MAPPER.readTree("""
                {"licenses": ["12", "13"], "assignments": [
                  {"jobId": "j-1", "licenseId": "12", "containerId": "c-1", "kind": "CAPACITY",
                   "endpoint": "https://gpu-1.example", "region": "eu-central", "windowStart": "2026-11-25T00:00:00Z",
                   "answerBy": "2026-11-25T02:00:00Z", "registered": {"gpuModel": "H100_SXM", "gpuCount": 8, "vramGbPerGpu": 80}},
                  {"jobId": "j-2", "licenseId": 13, "containerId": "c-2", "kind": "LIVENESS",
                   "endpoint": "https://gpu-2.example", "answerBy": "2026-11-25T08:00:20Z"}]}
                """));

        assertThat(assignments).containsExactly(
                new Assignment("j-1", 12, "c-1", CheckKind.CAPACITY, "https://gpu-1.example", "eu-central",
                        Instant.parse("2026-11-25T00:00:00Z"), Instant.parse("2026-11-25T02:00:00Z"),
                        Optional.of(new RegisteredHardware("H100_SXM", 8, 80))),
                new Assignment("j-2", 13, "c-2", CheckKind.LIVENESS, "https://gpu-2.example", null, null,
                        Instant.parse("2026-11-25T08:00:20Z"), Optional.empty()));
        assertThat(assignments.get(0).seat()).isEqualTo("j-1#12");
    }

    @Test
    void an_entry_it_cannot_read_is_left_out_and_the_others_kept() {
        List<Assignment> assignments = Assignment.listFrom(AgentJson.MAPPER.readTree("""
                {"assignments": [
                  {"jobId": "j-1", "licenseId": "12", "containerId": "c-1", "kind": "BENCHMARK", "answerBy": "2026-11-25T02:00:00Z"},
                  {"jobId": "j-2", "containerId": "c-1", "kind": "LIVENESS", "answerBy": "2026-11-25T02:00:00Z"},
                  {"jobId": "j-3", "licenseId": "12", "containerId": "c-1", "kind": "QOE", "answerBy": "soon"},
                  {"jobId": "j-4", "licenseId": "12", "containerId": "c-1", "kind": "QOE", "answerBy": "2026-11-25T02:00:00Z"}]}
                """));

        assertThat(assignments).extracting(Assignment::jobId).containsExactly("j-4");
    }
}
