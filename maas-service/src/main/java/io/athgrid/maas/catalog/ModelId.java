package io.athgrid.maas.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a model is served and called by, as enterprises pass it in {@code "model"}: a Hugging
 * Face repository id such as {@code meta-llama/Llama-3.1-8B-Instruct} or a single name. Matched
 * exactly; the catalog keeps ids unique regardless of case so two entries never differ by case only.
 */
public record ModelId(String value) {

    public static final int MAX_LENGTH = 192;
    /** Each part starts with a letter or digit, so no part is "." or ".." and nothing looks like an option. */
    private static final Pattern PATTERN =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}(/[A-Za-z0-9][A-Za-z0-9._-]{0,126})?");

    public ModelId {
        Objects.requireNonNull(value, "value");
        problem(value).ifPresent(problem -> {
            throw new IllegalArgumentException("model id " + problem);
        });
    }

    public static ModelId of(String value) {
        return new ModelId(value);
    }

    /** What is wrong with {@code text} as a model id, or empty when it is one. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of("is required");
        }
        if (text.length() > MAX_LENGTH || !PATTERN.matcher(text).matches()) {
            return Optional.of("must be an organisation and a name such as meta-llama/Llama-3.1-8B-Instruct, or a "
                    + "name alone: letters, digits, '.', '_' and '-', each part starting with a letter or digit, "
                    + "at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
