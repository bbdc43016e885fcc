package io.athgrid.protocol.check;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A liveness probe: whether the container's endpoint answered, the packet loss on the way and how
 * long the probe took. An unreachable container has nothing else to agree on, so its canonical form
 * is {@code reachable=false} alone.
 *
 * @param packetLossPercent 0 to 100
 * @param durationMs        the probe's round trip, from the checker
 */
public record LivenessResult(boolean reachable, BigDecimal packetLossPercent, long durationMs)
        implements CheckResult {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LivenessResult {
        Objects.requireNonNull(packetLossPercent, "packetLossPercent");
        if (packetLossPercent.signum() < 0 || packetLossPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("packet loss must be 0 to 100 percent");
        }
        if (durationMs < 0) {
            throw new IllegalArgumentException("a duration must not be negative");
        }
    }

    public static LivenessResult unreachable(long durationMs) {
        return new LivenessResult(false, HUNDRED, durationMs);
    }

    @Override
    public CheckKind kind() {
        return CheckKind.LIVENESS;
    }

    /** The lower edge of the packet-loss band: 0, 10 or 50 (percent). */
    public long lossBand() {
        return Bands.floor(packetLossPercent, Bands.PACKET_LOSS_PERCENT);
    }

    /** The lower edge of the duration band: 0, 1000 or 5000 (ms). */
    public long durationBand() {
        return Bands.floor(durationMs, Bands.PROBE_DURATION_MS);
    }

    @Override
    public String canonical() {
        String prefix = CheckResult.prefix(kind());
        if (!reachable) {
            return prefix + ";reachable=false";
        }
        return prefix + ";reachable=true;loss=" + lossBand() + ";duration=" + durationBand();
    }
}
