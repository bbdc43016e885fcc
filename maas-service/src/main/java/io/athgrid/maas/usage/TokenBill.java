package io.athgrid.maas.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An enterprise's tokens over a period and what they cost: a line per UTC day, deployment and model,
 * and the totals of the lines. USD amounts are exact (the charges' own decimals, at most 12).
 */
public record TokenBill(String enterpriseId, LocalDate from, LocalDate to, Totals totals, List<Line> lines) {

    public TokenBill {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        lines = List.copyOf(lines);
    }

    /** The successful calls of one day on one deployment of one model. */
    public record Line(LocalDate day, String deploymentId, String model, long calls, long promptTokens,
            long completionTokens, BigDecimal amountUsd) {

        public Line {
            amountUsd = exact(amountUsd);
        }
    }

    public record Totals(long calls, long promptTokens, long completionTokens, BigDecimal amountUsd) {

        public Totals {
            amountUsd = exact(amountUsd);
        }
    }

    /** The bill of {@code lines}, which the ledger summed per day, deployment and model. */
    public static TokenBill of(String enterpriseId, UsagePeriod period, List<Line> lines) {
        long calls = 0;
        long prompt = 0;
        long completion = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (Line line : lines) {
            calls = Math.addExact(calls, line.calls());
            prompt = Math.addExact(prompt, line.promptTokens());
            completion = Math.addExact(completion, line.completionTokens());
            amount = amount.add(line.amountUsd());
        }
        return new TokenBill(enterpriseId, period.from(), period.to(), new Totals(calls, prompt, completion, amount),
                lines);
    }

    /** The same amount however many zeros the database padded it with: 0.000015000000 is 0.000015. */
    private static BigDecimal exact(BigDecimal usd) {
        BigDecimal stripped = Objects.requireNonNull(usd, "amountUsd").stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
