package io.athgrid.maas.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void a_valid_request_becomes_an_active_model_added_now() {
        CatalogModel model = ModelRules.newModel(ModelRequests.seventyB().build(), NOW);

        assertThat(model.id()).isEqualTo(ModelId.of("meta-llama/Llama-3.3-70B-Instruct"));
        assertThat(model.state()).isEqualTo(ModelState.ACTIVE);
        assertThat(model.addedAt()).isEqualTo(NOW);
        assertThat(model.retiredAt()).isNull();
        assertThat(model.gpuNeeds()).isEqualTo(new GpuNeeds(80, 4));
        assertThat(model.engine()).isEqualTo(ServingEngine.VLLM);
        assertThat(model.engineArgs().tensorParallelSize()).isEqualTo(4);
        assertThat(model.servedContextLength()).isEqualTo(65_536);
        assertThat(model.price().usdPerMillionInput()).isEqualByComparingTo("0.6");
    }

    @Test
    void engine_args_may_be_left_out_for_a_single_gpu_model() {
        ModelRequests request = ModelRequests.eightB();
        request.engineArgs = null;

        assertThat(ModelRules.newModel(request.build(), NOW).engineArgs().options()).isEmpty();
    }

    @Test
    void every_broken_rule_is_listed_at_once() {
        ModelRequests request = ModelRequests.seventyB();
        request.id = "../etc/passwd";
        request.displayName = " ";
        request.family = "Llama";
        request.parametersBillions = BigDecimal.ZERO;
        request.contextLength = null;
        request.engine = "tgi";
        request.usdPerMillionInputTokens = new BigDecimal("-1");
        request.usdPerMillionOutputTokens = null;

        assertThat(fields(request)).containsExactlyInAnyOrder("id", "displayName", "family", "parametersBillions",
                "contextLength", "engine", "usdPerMillionInputTokens", "usdPerMillionOutputTokens");
    }

    @Test
    void one_replicas_gpus_must_hold_the_memory_it_needs() {
        assertRefused(request -> request.vramGb = 400, "vramGb", "4 x 80 GB hold only 320 GB");
        assertRefused(request -> request.minGpuVramGb = 2000, "minGpuVramGb", "1 .. 1024");
        assertRefused(request -> {
            request.gpusPerReplica = 17;
            request.engineArgs = List.of("--tensor-parallel-size 17");
        }, "gpusPerReplica", "1 .. 16");
    }

    @Test
    void the_tensor_parallel_size_is_the_gpus_per_replica() {
        assertRefused(request -> request.engineArgs = List.of("--max-model-len 65536"), "engineArgs",
                "must carry --tensor-parallel-size 4");
        assertRefused(request -> request.engineArgs = List.of("--tensor-parallel-size 8"), "engineArgs",
                "--tensor-parallel-size must equal gpusPerReplica (4)");
        assertRefused(request -> {
            request.gpusPerReplica = 2;
            request.minGpuVramGb = 141;
            request.vramGb = 192;
        }, "engineArgs", "--tensor-parallel-size must equal gpusPerReplica (2)");
        assertThat(fields(eightBWith(List.of("--tensor-parallel-size 2")))).containsExactly("engineArgs");
        assertThat(fields(eightBWith(List.of("--tensor-parallel-size 1")))).isEmpty();
    }

    @Test
    void pipeline_parallelism_is_refused() {
        assertRefused(request -> request.engineArgs = List.of("--tensor-parallel-size 4",
                "--pipeline-parallel-size 2"), "engineArgs", "--pipeline-parallel-size must be 1");
    }

    @Test
    void the_engine_may_serve_a_shorter_context_but_not_a_longer_one() {
        assertRefused(request -> request.engineArgs = List.of("--tensor-parallel-size 4", "--max-model-len 262144"),
                "engineArgs", "must not exceed contextLength (131072)");
    }

    @Test
    void malformed_engine_args_are_named_by_position() {
        assertRefused(request -> request.engineArgs = List.of("--tensor-parallel-size 4", "--chat-template $(id)"),
                "engineArgs[1]", "no spaces, quotes or shell metacharacters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0000001", "0", "1000.01"})
    void prices_are_positive_with_at_most_six_decimals(String usd) {
        assertRefused(request -> request.usdPerMillionOutputTokens = new BigDecimal(usd), "usdPerMillionOutputTokens",
                "at most 6 decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.000001", "1000", "0.15"})
    void prices_within_the_rules_are_accepted(String usd) {
        ModelRequests request = ModelRequests.seventyB();
        request.usdPerMillionInputTokens = new BigDecimal(usd);

        assertThat(fields(request)).isEmpty();
    }

    @Test
    void display_names_without_control_characters_up_to_100() {
        assertRefused(request -> request.displayName = "Llama\n70B", "displayName", "control characters");
        assertRefused(request -> request.displayName = "x".repeat(101), "displayName", "at most 100");
    }

    private static ModelRequests eightBWith(List<String> engineArgs) {
        ModelRequests request = ModelRequests.eightB();
        request.engineArgs = new ArrayList<>(engineArgs);
        return request;
    }

    private static void assertRefused(Consumer<ModelRequests> change, String field, String message) {
        ModelRequests request = ModelRequests.seventyB();
        change.accept(request);
        InvalidModelException refusal = catchThrowableOfType(InvalidModelException.class,
                () -> ModelRules.newModel(request.build(), NOW));

        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.violations()).anySatisfy(violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.message()).contains(message);
        });
    }

    private static List<String> fields(ModelRequests request) {
        try {
            ModelRules.newModel(request.build(), NOW);
            return List.of();
        } catch (InvalidModelException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }
}
