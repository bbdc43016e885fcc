package io.athgrid.checker.license;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A license as its CheckerLicense logs leave it, change by change in chain order: how each log is
 * applied as it arrives, and how a license is rebuilt from the changes a reorg left. A transfer makes
 * the receiver the owner and ends the delegation (the contract does the same), a burn keeps the last
 * owner and deactivates the license, {@code setUser} delegates until an expiry or (to the zero
 * address) removes the delegate. Before a transfer was seen there is no license: a delegation alone
 * changes nothing (following began after the mint), and a license whose transfers were all orphaned
 * no longer exists.
 */
public final class LicenseHistory {

    private static final Comparator<LicenseChange> CHAIN_ORDER = Comparator
            .comparingLong((LicenseChange change) -> change.log().blockNumber())
            .thenComparingInt(change -> change.log().logIndex());

    private LicenseHistory() {
    }

    /** The license after all of {@code changes} (one license's), whatever order they are given in. */
    public static Optional<OnChainLicense> replay(List<LicenseChange> changes) {
        Optional<OnChainLicense> license = Optional.empty();
        for (LicenseChange change : changes.stream().sorted(CHAIN_ORDER).toList()) {
            license = after(license, change);
        }
        return license;
    }

    /** The license after one more change; empty while no transfer was seen. */
    public static Optional<OnChainLicense> after(Optional<OnChainLicense> license, LicenseChange change) {
        if (change instanceof LicenseChange.Transferred transfer) {
            return Optional.of(transfer.burn()
                    ? new OnChainLicense(transfer.from(), false, null, null)
                    : new OnChainLicense(transfer.to(), true, null, null));
        }
        LicenseChange.UserUpdated update = (LicenseChange.UserUpdated) change;
        return license.map(current -> update.removed()
                ? new OnChainLicense(current.owner(), current.active(), null, null)
                : new OnChainLicense(current.owner(), current.active(), update.user(),
                        Instant.ofEpochSecond(update.expires())));
    }
}
