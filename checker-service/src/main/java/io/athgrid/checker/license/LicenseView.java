package io.athgrid.checker.license;

import java.time.Duration;
import java.time.Instant;

/**
 * A license as its owner or delegate sees it.
 *
 * @param user        the delegate that counts now (null when the owner runs it)
 * @param signer      the wallet whose reports count for it now
 * @param online      its client polled for assignments recently
 * @param bannedUntil end of its latest ban, if any
 * @param results     how its seats were judged in verdicts
 */
public record LicenseView(String licenseId, String owner, String user, Instant userExpires, String signer,
        boolean active, String region, boolean online, Instant lastPolledAt, Instant bannedUntil, boolean banned,
        LicenseResults results) {

    static LicenseView of(StoredLicense license, LicenseResults results, Instant now, Duration onlineWithin) {
        return new LicenseView(Long.toString(license.licenseId()), license.owner(), license.validUser(now),
                license.userExpires(), license.signer(now), license.active(), license.region(),
                license.online(now, onlineWithin), license.lastPolledAt(), license.bannedUntil(),
                license.bannedUntil() != null && now.isBefore(license.bannedUntil()), results);
    }
}
