package io.athgrid.agent.workload.simulated;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The SIMULATED model: sentences of words from a fixed {@link Vocabulary}, drawn by a PRNG seeded
 * with a hash of the model, the prompt (or messages) and the request's seed.
 *
 * <p>The same request gives the same text, and a request that only differs in {@code max_tokens}
 * gives a prefix of it, as greedy decoding would. Each answer has a natural length of 1 to
 * {@value #NATURAL_LENGTH_LIMIT} tokens, drawn from the same PRNG: shorter than {@code max_tokens}
 * it ends with "stop" (the model's end-of-sequence), else with "length". {@code temperature} and
 * the other sampling options do not change the text.
 */
final class TextGenerator {

    static final int NATURAL_LENGTH_LIMIT = 512;

    private static final int SHORTEST_SENTENCE = 4;
    private static final int LONGEST_SENTENCE = 14;
    private static final double COMMA_CHANCE = 0.08;

    private TextGenerator() {
    }

    static Generation generate(CompletionRequest request) {
        Random random = new Random(seedOf(request));
        int natural = 1 + random.nextInt(NATURAL_LENGTH_LIMIT);
        int length = request.ignoreEos() ? request.maxTokens() : Math.min(natural, request.maxTokens());
        List<String> tokens = new ArrayList<>(length);
        // Chat answers start without a space; a completion continues the prompt after one.
        boolean space = request.endpoint() == Endpoint.COMPLETIONS;
        int wordsLeftInSentence = 0;
        boolean sentenceStart = true;
        while (tokens.size() < length) {
            if (wordsLeftInSentence == 0 && !sentenceStart) {
                tokens.add(".");
                sentenceStart = true;
                space = true;
                continue;
            }
            if (sentenceStart) {
                wordsLeftInSentence = SHORTEST_SENTENCE + random.nextInt(LONGEST_SENTENCE - SHORTEST_SENTENCE + 1);
            }
            String word = Vocabulary.WORDS.get(random.nextInt(Vocabulary.WORDS.size()));
            tokens.add((space ? " " : "") + (sentenceStart ? capitalized(word) : word));
            space = true;
            sentenceStart = false;
            wordsLeftInSentence--;
            if (wordsLeftInSentence > 1 && random.nextDouble() < COMMA_CHANCE && tokens.size() < length) {
                tokens.add(",");
            }
        }
        boolean stopped = !request.ignoreEos() && natural <= request.maxTokens();
        return new Generation(tokens, stopped ? Generation.FinishReason.STOP : Generation.FinishReason.LENGTH);
    }

    /** A hash of everything that decides the text; lengths are written so no two requests run together. */
    static long seedOf(CompletionRequest request) {
        StringBuilder key = new StringBuilder("athgrid-simulated-engine-v1\n");
        append(key, request.model());
        append(key, request.endpoint().name());
        append(key, request.seed().map(String::valueOf).orElse("-"));
        request.prompt().ifPresent(prompt -> append(key, prompt));
        for (ChatMessage message : request.messages()) {
            append(key, message.role());
            append(key, message.content());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void append(StringBuilder key, String value) {
        key.append(value.length()).append(':').append(value).append('\n');
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
