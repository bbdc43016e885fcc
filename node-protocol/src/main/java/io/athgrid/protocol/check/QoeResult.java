package io.athgrid.protocol.check;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Quality of experience of a running workload, probed the way a customer uses it: a streamed frame
 * for game streaming, a short completion for inference. A container that does not serve the probe
 * has nothing else to agree on, so its canonical form is {@code responsive=false} alone.
 *
 * @param latencyMs           the service's own latency (frame time, or time to first token) with the
 *                            checker's network round trip subtracted, so checkers in other regions compare
 * @param throughputPerSecond frames or tokens per second
 * @param errorPercent        failed requests or dropped frames, 0 to 100
 */
public record QoeResult(boolean responsive, long latencyMs, BigDecimal throughputPerSecond, BigDecimal errorPercent)
        implements CheckResult {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public QoeResult {
        Objects.requireNonNull(throughputPerSecond, "throughputPerSecond");
        Objects.requireNonNull(errorPercent, "errorPercent");
        if (latencyMs < 0 || throughputPerSecond.signum() < 0) {
            throw new IllegalArgumentException("latency and throughput must not be negative");
        }
        if (errorPercent.signum() < 0 || errorPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("the error rate must be 0 to 100 percent");
        }
    }

    public static QoeResult unresponsive() {
        return new QoeResult(false, 0, BigDecimal.ZERO, HUNDRED);
    }

    @Override
    public CheckKind kind() {
        return CheckKind.QOE;
    }

    /** The lower edge of the latency band: 0, 100, 250, 500, 1000, 2500 or 5000 (ms). */
    public long latencyBand() {
        return Bands.floor(latencyMs, Bands.SERVICE_LATENCY_MS);
    }

    /** The half-octave band of the throughput ({@link Bands#halfOctave}). */
    public int throughputBand() {
        return Bands.halfOctave(throughputPerSecond);
    }

    /** The lower edge of the error band: 0, 1, 5 or 25 (percent). */
    public long errorBand() {
        return Bands.floor(errorPercent, Bands.ERROR_PERCENT);
    }

    @Override
    public String canonical() {
        String prefix = CheckResult.prefix(kind());
        if (!responsive) {
            return prefix + ";responsive=false";
        }
        return prefix + ";responsive=true;latency=" + latencyBand() + ";throughput=" + throughputBand()
                + ";errors=" + errorBand();
    }
}
