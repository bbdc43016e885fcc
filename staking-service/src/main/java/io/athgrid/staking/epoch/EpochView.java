package io.athgrid.staking.epoch;

import java.time.Instant;

/**
 * The current epoch: {@code endsAt} as the design names it (Wednesday 23:59 UTC), {@code nextStartsAt}
 * where it really ends, {@code closesAt} when its rewards are computed (end + grace period);
 * {@code started} false before genesis (epoch 0 is then shown).
 */
public record EpochView(long epoch, Instant startsAt, Instant endsAt, Instant nextStartsAt, Instant closesAt,
        boolean started, long lastClosedEpoch) {
}
