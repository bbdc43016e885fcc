package io.athgrid.protocol.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * How measurements enter the canonical form of a result: two honest checkers measure slightly
 * different numbers (other vantage point, other moment), so the signed form carries the band a
 * number falls in, not the number. Two readings agree unless a band edge lies between them; the
 * edges are placed where the verdict changes, and the 2N+1 majority absorbs the rare straddle.
 *
 * <p>These edges are protocol: the checker client and the referee must use the same ones, so
 * changing one is a new canonical-form version ({@link CheckResult#CANONICAL_VERSION}).
 */
public final class Bands {

    /** Packet loss in percent: fine, degraded, failing. */
    static final long[] PACKET_LOSS_PERCENT = {0, 10, 50};
    /** Duration of a liveness probe in ms: responsive, slow, barely answering. */
    static final long[] PROBE_DURATION_MS = {0, 1_000, 5_000};
    /** Service latency of a workload (frame time or time to first token) in ms. */
    static final long[] SERVICE_LATENCY_MS = {0, 100, 250, 500, 1_000, 2_500, 5_000};
    /** Failed requests or dropped frames in percent. */
    static final long[] ERROR_PERCENT = {0, 1, 5, 25};
    /** VRAM is compared in steps of this many GB, so 79 GB (an 80 GB card as the driver reports it) reads 80. */
    static final int VRAM_STEP_GB = 4;

    private Bands() {
    }

    /** The lower edge of the band of {@code edges} that {@code value} falls in ({@code edges} start at 0). */
    public static long floor(BigDecimal value, long[] edges) {
        long band = edges[0];
        for (long edge : edges) {
            if (value.compareTo(BigDecimal.valueOf(edge)) >= 0) {
                band = edge;
            }
        }
        return band;
    }

    public static long floor(long value, long[] edges) {
        return floor(BigDecimal.valueOf(value), edges);
    }

    /**
     * The half-octave band of a positive magnitude: the bit length of {@code floor(value)²}, that is
     * {@code 1 + floor(2·log2(floor(value)))}, 0 below 1. Each band spans a factor of √2 (41 %), so a
     * machine delivering half its promised benchmark lands two bands lower; exact integer arithmetic,
     * the same on every platform.
     */
    public static int halfOctave(BigDecimal value) {
        BigInteger whole = value.setScale(0, RoundingMode.FLOOR).toBigInteger();
        return whole.signum() <= 0 ? 0 : whole.multiply(whole).bitLength();
    }

    /** VRAM per GPU rounded to the nearest {@value #VRAM_STEP_GB} GB (halves up). */
    public static int vramGb(int measuredGb) {
        return Math.floorDiv(measuredGb + VRAM_STEP_GB / 2, VRAM_STEP_GB) * VRAM_STEP_GB;
    }
}
