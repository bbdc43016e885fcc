package io.athgrid.staking.epoch;

import java.time.Instant;

/**
 * One staking epoch: from {@code startsAt} (Thursday 00:01 UTC) up to, not including, the next
 * epoch's start. {@code displayedEnd} is how the design names its end (Wednesday 23:59 UTC); the two
 * minutes after it still belong to this epoch, so no instant falls between epochs.
 */
public record Epoch(long number, Instant startsAt, Instant endsAt, Instant displayedEnd) {

    public boolean contains(Instant instant) {
        return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
    }
}
