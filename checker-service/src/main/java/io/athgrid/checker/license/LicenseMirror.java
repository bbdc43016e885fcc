package io.athgrid.checker.license;

import io.athgrid.chain.ChainLog;
import io.athgrid.chain.LogMirror;

/** Where the chain follower puts CheckerLicense changes: {@link LicenseChanges}, inside the follower's transaction. */
public class LicenseMirror implements LogMirror {

    private final LicenseChanges changes;

    public LicenseMirror(LicenseChanges changes) {
        this.changes = changes;
    }

    @Override
    public boolean apply(ChainLog entry) {
        if (entry.change() instanceof LicenseChange change) {
            return changes.applyChange(change);
        }
        throw new IllegalArgumentException("not a license change: " + entry.change());
    }

    @Override
    public void rollbackAfter(long blockNumber) {
        changes.rollbackAfter(blockNumber);
    }
}
