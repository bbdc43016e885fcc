package io.athgrid.agent.workload.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedTokenizerTest {

    @Test
    void a_word_is_one_token_per_started_four_letters() {
        assertThat(SimulatedTokenizer.count("the")).isEqualTo(1);
        assertThat(SimulatedTokenizer.count("H100")).isEqualTo(1);
        assertThat(SimulatedTokenizer.count("model")).isEqualTo(2);
        assertThat(SimulatedTokenizer.count("inference")).isEqualTo(3);
    }

    @Test
    void punctuation_is_one_token_each_and_white_space_costs_nothing() {
        assertThat(SimulatedTokenizer.count("Hello, world!")).isEqualTo(6); // Hell o , worl d !
        assertThat(SimulatedTokenizer.count("  \n\t ")).isZero();
        assertThat(SimulatedTokenizer.count("")).isZero();
        assertThat(SimulatedTokenizer.count("a   b")).isEqualTo(SimulatedTokenizer.count("a b"));
    }

    @Test
    void white_space_goes_with_the_token_after_it() {
        assertThat(SimulatedTokenizer.pieces("The GPU runs inference.")).containsExactly("The", " GPU", " runs", " infe", "renc",
                "e", ".");
    }

    @Test
    void pieces_put_together_give_back_the_text_without_trailing_space() {
        String text = "  Tokens: 8192 in, 16 out; done.  ";

        assertThat(String.join("", SimulatedTokenizer.pieces(text))).isEqualTo(text.stripTrailing());
    }

    @Test
    void letters_beyond_ascii_count_like_others() {
        assertThat(SimulatedTokenizer.count("Grüße")).isEqualTo(2);
        assertThat(SimulatedTokenizer.count("naïve café")).isEqualTo(3);
    }

    @Test
    void a_completion_prompt_starts_with_begin_of_text() {
        assertThat(SimulatedTokenizer.promptTokens("Once upon a time")).isEqualTo(1 + 4);
        assertThat(SimulatedTokenizer.promptTokens("")).isEqualTo(1);
    }

    @Test
    void a_chat_prompt_adds_the_template_per_message_and_for_the_answer() {
        List<ChatMessage> messages = List.of(new ChatMessage("system", "Be kind."), new ChatMessage("user", "Hi there"));

        // begin-of-text 1 + system (5 + "Be| kind|." 3) + user (5 + "Hi| ther|e" 3) + answer header 4
        assertThat(SimulatedTokenizer.chatPromptTokens(messages)).isEqualTo(1 + 5 + 3 + 5 + 3 + 4);
    }

    @Test
    void every_word_of_the_vocabulary_is_one_token_with_or_without_its_space() {
        assertThat(Vocabulary.WORDS).allSatisfy(word -> {
            assertThat(SimulatedTokenizer.count(word)).as(word).isEqualTo(1);
            assertThat(SimulatedTokenizer.count(" " + word)).as(word).isEqualTo(1);
        });
        assertThat(Vocabulary.WORDS).doesNotHaveDuplicates();
    }
}
