package io.athgrid.maas.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** What an enterprise pays for a model, in USD per million input (prompt) and output (completion) tokens. */
public record TokenPrice(BigDecimal usdPerMillionInput, BigDecimal usdPerMillionOutput) {

    public static final int MAX_DECIMALS = 6;
    public static final BigDecimal MAX_USD_PER_MILLION = new BigDecimal("1000");

    public TokenPrice {
        usdPerMillionInput = normalized(usdPerMillionInput, "usdPerMillionInput");
        usdPerMillionOutput = normalized(usdPerMillionOutput, "usdPerMillionOutput");
    }

    /** What is wrong with {@code usd} as a price per million tokens, or empty when it is one. */
    public static Optional<String> problem(BigDecimal usd) {
        if (usd == null) {
            return Optional.of("is required");
        }
        if (usd.signum() <= 0 || usd.compareTo(MAX_USD_PER_MILLION) > 0
                || usd.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of("must be a USD amount above 0 and at most " + MAX_USD_PER_MILLION + ", with at most "
                    + MAX_DECIMALS + " decimals");
        }
        return Optional.empty();
    }

    /** The same amount however it was written or stored: 0.100000 and 0.1 are one price. */
    private static BigDecimal normalized(BigDecimal usd, String name) {
        Objects.requireNonNull(usd, name);
        problem(usd).ifPresent(problem -> {
            throw new IllegalArgumentException(name + " " + problem);
        });
        BigDecimal stripped = usd.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
