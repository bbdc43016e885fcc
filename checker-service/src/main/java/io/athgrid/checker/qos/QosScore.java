package io.athgrid.checker.qos;

import io.athgrid.checker.referee.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A container's rolling quality score, 0 to 100, which the Indexer ranks "best experience" by. It is
 * an exponentially weighted moving average of {@link QosSample}s: {@code score' = score + a x
 * (sample - score)}, with {@code a = smoothingBasisPoints / 10000} (0.1 by default, so the last ten
 * checks carry about two thirds of the weight: ten minutes of trouble shows, one bad minute barely).
 * The first sample is the score. Kept to 4 decimals, rounded half-even at every step, so the same
 * verdicts give the same score everywhere.
 *
 * @param samples how many samples the score has seen (0: no score yet)
 */
public record QosScore(BigDecimal score, long samples) {

    /** a = 0.1 ({@code athgrid.checker.qos.smoothing-basis-points}). */
    public static final int DEFAULT_SMOOTHING_BASIS_POINTS = 1_000;

    private static final BigDecimal BASIS_POINTS = BigDecimal.valueOf(10_000);
    private static final int SCALE = 4;

    public QosScore {
        Objects.requireNonNull(score, "score");
        score = score.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    public static QosScore none() {
        return new QosScore(BigDecimal.ZERO, 0);
    }

    /** The score after {@code verdict}, or this one when the verdict gives no sample. */
    public QosScore after(Verdict verdict, int smoothingBasisPoints) {
        OptionalInt sample = QosSample.of(verdict);
        return sample.isPresent() ? withSample(sample.getAsInt(), smoothingBasisPoints) : this;
    }

    public QosScore withSample(int sample, int smoothingBasisPoints) {
        if (sample < 0 || sample > 100 || smoothingBasisPoints <= 0 || smoothingBasisPoints > 10_000) {
            throw new IllegalArgumentException("a sample is 0..100 and the smoothing 1..10000 basis points");
        }
        BigDecimal value = BigDecimal.valueOf(sample);
        if (samples == 0) {
            return new QosScore(value, 1);
        }
        BigDecimal weight = BigDecimal.valueOf(smoothingBasisPoints).divide(BASIS_POINTS);
        return new QosScore(score.add(weight.multiply(value.subtract(score))), samples + 1);
    }
}
