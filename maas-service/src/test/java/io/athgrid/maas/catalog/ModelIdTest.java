package io.athgrid.maas.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"meta-llama/Llama-3.1-8B-Instruct", "Qwen/Qwen2.5-72B-Instruct",
        "deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "mistralai/Mistral-7B-Instruct-v0.3", "llama3_8b", "gpt-oss.20b"})
    void repository_ids_and_single_names_are_model_ids(String id) {
        assertThat(ModelId.problem(id)).isEmpty();
        assertThat(ModelId.of(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/Llama", "meta-llama/", "a/b/c", "../etc", "meta-llama/..", "-rf", "org/-x",
        "meta llama/x", "org/x;id", "org/x?y", "org/x%2Fy", "ørg/x"})
    void anything_else_is_refused(String id) {
        assertThat(ModelId.problem(id)).isPresent();
        assertThatIllegalArgumentException().isThrownBy(() -> ModelId.of(id));
    }

    @Test
    void parts_are_bounded() {
        assertThat(ModelId.problem("x".repeat(64) + "/" + "y".repeat(127))).isEmpty();
        assertThat(ModelId.problem("x".repeat(65) + "/name")).isPresent();
        assertThat(ModelId.problem("org/" + "y".repeat(128))).isPresent();
    }
}
