package io.athgrid.checker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResultJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_liveness_result_is_read_by_its_record_field_names() {
        CheckResult result = ResultJson.read(CheckKind.LIVENESS,
                json("{\"reachable\": true, \"packetLossPercent\": 1.5, \"durationMs\": 340}"));

        assertThat(result).isEqualTo(new LivenessResult(true, new BigDecimal("1.5"), 340));
    }

    @Test
    void every_kind_survives_writing_and_reading_with_its_result_hash() {
        for (CheckResult result : new CheckResult[] {new LivenessResult(true, new BigDecimal("12.25"), 1_200),
                new QoeResult(true, 180, new BigDecimal("41.7"), new BigDecimal("0.5")),
                new CapacityResult(false, "H100_SXM", 4, 79, new BigDecimal("7999.9"))}) {
            CheckResult read = ResultJson.read(result.kind(), ResultJson.write(result));

            assertThat(read).isEqualTo(result);
            assertThat(read.resultHash()).isEqualTo(result.resultHash());
        }
    }

    @Test
    void every_missing_or_mistyped_field_is_named() {
        assertThatThrownBy(() -> ResultJson.read(CheckKind.CAPACITY,
                json("{\"qualified\": \"yes\", \"gpuModel\": 8, \"gpuCount\": 1.5, \"vramGbPerGpu\": 80}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("result.qualified", "result.gpuModel", "result.gpuCount",
                                "result.benchmarkScore"));
    }

    @Test
    void values_out_of_range_are_refused() {
        assertThatThrownBy(() -> ResultJson.read(CheckKind.LIVENESS,
                json("{\"reachable\": true, \"packetLossPercent\": 150, \"durationMs\": 10}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("result"));
    }

    @Test
    void a_result_that_is_not_an_object_is_refused() {
        assertThatThrownBy(() -> ResultJson.read(CheckKind.QOE, json("[1, 2]")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("result"));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
