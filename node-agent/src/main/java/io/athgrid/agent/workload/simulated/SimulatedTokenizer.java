package io.athgrid.agent.workload.simulated;

import java.util.ArrayList;
import java.util.List;

/**
 * The SIMULATED engine's deterministic stand-in for a BPE tokenizer, used for prompt and
 * completion tokens alike, so usage adds up the same way on both sides.
 *
 * <ul>
 *   <li>A run of letters and digits is one token per started 4 characters ({@code "the"} 1,
 *       {@code "model"} 2, {@code "H100"} 1, {@code "inference"} 3).</li>
 *   <li>Every other visible character (punctuation, symbols) is one token.</li>
 *   <li>White space costs nothing: it is part of the token that follows it, as in GPT and Llama
 *       vocabularies ({@code " the"} is one token).</li>
 *   <li>A completion prompt starts with a begin-of-text token; a chat prompt is rendered with a
 *       Llama-3-like template: begin-of-text, then for each message 5 template tokens
 *       (header start, role, header end, blank line, end of turn) plus its content, then 4 tokens
 *       opening the assistant's answer.</li>
 * </ul>
 * Real tokenizers give about 1.3 tokens per English word; this one gives about 1.2, close enough
 * for metering and context limits to behave realistically.
 */
public final class SimulatedTokenizer {

    static final int PIECE_LETTERS = 4;
    static final int BEGIN_OF_TEXT = 1;
    static final int PER_MESSAGE = 5;
    static final int ANSWER_HEADER = 4;

    private SimulatedTokenizer() {
    }

    /** The number of tokens of a piece of text (no template tokens). */
    public static int count(String text) {
        return pieces(text).size();
    }

    /** The text cut into its tokens; white space stays with the token after it, trailing white space is dropped. */
    public static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int pieceStart = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (Character.isWhitespace(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int end = i + Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                int letters = 1;
                while (end < text.length() && letters < PIECE_LETTERS && Character.isLetterOrDigit(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                    letters++;
                }
            }
            pieces.add(text.substring(pieceStart, end));
            pieceStart = end;
            i = end;
        }
        return pieces;
    }

    /** Prompt tokens of a completion request: begin-of-text and the prompt. */
    public static int promptTokens(String prompt) {
        return BEGIN_OF_TEXT + count(prompt);
    }

    /** Prompt tokens of a chat request: the messages rendered with the chat template. */
    public static int chatPromptTokens(List<ChatMessage> messages) {
        int tokens = BEGIN_OF_TEXT + ANSWER_HEADER;
        for (ChatMessage message : messages) {
            tokens += PER_MESSAGE + count(message.content());
        }
        return tokens;
    }
}
