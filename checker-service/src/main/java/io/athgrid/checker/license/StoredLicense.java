package io.athgrid.checker.license;

import io.athgrid.checker.assignment.License;
import java.time.Duration;
import java.time.Instant;

/**
 * A license row: the chain's owner and ERC-4907 user, and what its checker client did (where it
 * runs, when it last polled). {@link #toDomain} gives the view assignment and admission decide on.
 *
 * @param userExpires the delegate counts while the current second is not after it
 * @param active      false once burnt
 */
public record StoredLicense(long licenseId, String owner, String user, Instant userExpires, boolean active,
        String region, Instant lastPolledAt, Instant bannedUntil, Instant createdAt) {

    /** The delegate now, as {@code userOf} answers on chain: none once its expiry second has passed. */
    public String validUser(Instant now) {
        if (user == null || userExpires == null) {
            return null;
        }
        return now.getEpochSecond() <= userExpires.getEpochSecond() ? user : null;
    }

    /** The wallet whose signature counts for this license now: its delegate, else its owner. */
    public String signer(Instant now) {
        String delegate = validUser(now);
        return delegate != null ? delegate : owner;
    }

    public boolean online(Instant now, Duration onlineWithin) {
        return lastPolledAt != null && now.isBefore(lastPolledAt.plus(onlineWithin));
    }

    public License toDomain(Instant now, Duration onlineWithin, String defaultRegion) {
        return new License(licenseId, owner, validUser(now), region == null ? defaultRegion : region, active,
                online(now, onlineWithin), bannedUntil);
    }
}
