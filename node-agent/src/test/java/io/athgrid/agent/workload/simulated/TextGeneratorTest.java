package io.athgrid.agent.workload.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.workload.simulated.Generation.FinishReason;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextGeneratorTest {

    @Test
    void the_same_request_gives_the_same_text() {
        Generation first = TextGenerator.generate(Requests.chat("Explain KV caches.", 200));
        Generation again = TextGenerator.generate(Requests.chat("Explain KV caches.", 200));

        assertThat(again.tokens()).isEqualTo(first.tokens());
        assertThat(again.finishReason()).isEqualTo(first.finishReason());
    }

    @Test
    void another_prompt_model_or_seed_gives_another_text() {
        Generation base = TextGenerator.generate(Requests.ignoringEos(Requests.chat("Explain KV caches.", 40)));

        assertThat(TextGenerator.generate(Requests.ignoringEos(Requests.chat("Explain KV caches!", 40))).text())
                .isNotEqualTo(base.text());
        assertThat(TextGenerator.generate(Requests.withSeed(Requests.ignoringEos(Requests.chat("Explain KV caches.", 40)), 7))
                .text()).isNotEqualTo(base.text());
        CompletionRequest sameTextAsCompletion = Requests.ignoringEos(Requests.completion("Explain KV caches.", 40,
                Optional.empty()));
        assertThat(TextGenerator.generate(sameTextAsCompletion).text()).isNotEqualTo(base.text());
    }

    @Test
    void a_smaller_max_tokens_gives_a_prefix_of_the_same_answer() {
        Generation longer = TextGenerator.generate(Requests.ignoringEos(Requests.chat("Write a poem.", 60)));
        Generation shorter = TextGenerator.generate(Requests.ignoringEos(Requests.chat("Write a poem.", 25)));

        assertThat(longer.tokens()).startsWith(shorter.tokens().toArray(String[]::new));
        assertThat(shorter.completionTokens()).isEqualTo(25);
        assertThat(shorter.finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void every_token_is_one_token_of_the_tokenizer_so_usage_matches_the_text() {
        for (long seed = 0; seed < 50; seed++) {
            Generation generation = TextGenerator.generate(Requests.withSeed(Requests.chat("Hello", 300), seed));

            assertThat(generation.tokens()).allSatisfy(token -> assertThat(SimulatedTokenizer.count(token)).isEqualTo(1));
            assertThat(SimulatedTokenizer.count(generation.text())).isEqualTo(generation.completionTokens());
        }
    }

    @Test
    void answers_end_by_themselves_sometimes_and_at_max_tokens_other_times() {
        Set<FinishReason> seen = EnumSet.noneOf(FinishReason.class);
        for (long seed = 0; seed < 200; seed++) {
            Generation generation = TextGenerator.generate(Requests.completion("Once upon a time", 16, Optional.of(seed)));
            seen.add(generation.finishReason());
            if (generation.finishReason() == FinishReason.LENGTH) {
                assertThat(generation.completionTokens()).isEqualTo(16);
            } else {
                assertThat(generation.completionTokens()).isLessThanOrEqualTo(16);
            }
        }

        assertThat(seen).containsExactlyInAnyOrder(FinishReason.STOP, FinishReason.LENGTH);
    }

    @Test
    void ignore_eos_generates_exactly_max_tokens() {
        for (long seed = 0; seed < 20; seed++) {
            Generation generation = TextGenerator.generate(Requests.ignoringEos(Requests.withSeed(Requests.chat("Hi", 700), seed)));

            assertThat(generation.completionTokens()).isEqualTo(700);
            assertThat(generation.finishReason()).isEqualTo(FinishReason.LENGTH);
        }
    }

    @Test
    void a_chat_answer_starts_without_a_space_and_reads_as_sentences() {
        Generation chat = TextGenerator.generate(Requests.ignoringEos(Requests.chat("Hi", 60)));
        Generation completion = TextGenerator.generate(Requests.ignoringEos(Requests.completion("Hi", 60, Optional.empty())));

        assertThat(chat.text()).matches("[A-Z][a-zA-Z]*( [a-zA-Z]+|,|\\.)*");
        assertThat(chat.text()).contains(". ");
        assertThat(completion.text()).startsWith(" ");
    }
}
