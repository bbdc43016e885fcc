package io.athgrid.checker.license;

import io.athgrid.contracts.generated.CheckerLicense;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.web3j.protocol.core.methods.response.BaseEventResponse;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Applies confirmed CheckerLicense logs to the licenses table, in the order given (the chain's),
 * each exactly once by (transaction hash, log index), by the rule of {@link LicenseHistory}: the only
 * way licenses change hands. Takes back the changes of orphaned blocks after a reorg. Runs in the
 * caller's transaction if there is one (the chain follower moving its cursor with the changes), else
 * in its own.
 */
public class LicenseChanges {

    private static final Logger log = LoggerFactory.getLogger(LicenseChanges.class);

    private final LicenseStore licenses;
    private final LicenseChangeLog changeLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public LicenseChanges(LicenseStore licenses, LicenseChangeLog changeLog, TransactionTemplate transaction,
            Clock clock) {
        this.licenses = licenses;
        this.changeLog = changeLog;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Applies the binding's decoded {@code TransferEventResponse}s and {@code UpdateUserEventResponse}s
     * (other event types are skipped); the number of changes that were new.
     */
    public int apply(List<? extends BaseEventResponse> events) {
        return applyChanges(events.stream().map(LicenseChanges::change).flatMap(Optional::stream).toList());
    }

    /** Applies raw logs of the CheckerLicense contract. */
    public int applyLogs(List<Log> logs) {
        return applyChanges(logs.stream().map(LicenseChange::decode).flatMap(Optional::stream).toList());
    }

    public int applyChanges(Collection<LicenseChange> changes) {
        Integer applied = transaction.execute(status -> {
            Instant now = clock.instant();
            int count = 0;
            for (LicenseChange change : changes) {
                if (apply(change, now)) {
                    count++;
                }
            }
            return count;
        });
        return applied == null ? 0 : applied;
    }

    /** One change; false when it was applied before (nothing written then). */
    public boolean applyChange(LicenseChange change) {
        return applyChanges(List.of(change)) == 1;
    }

    /**
     * Takes back every change of blocks after {@code blockNumber} and rebuilds each license they
     * touched from the changes left; a license left without a transfer is removed.
     */
    public void rollbackAfter(long blockNumber) {
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            List<Long> touched = changeLog.licensesChangedAfter(blockNumber);
            changeLog.deleteAfter(blockNumber);
            for (long licenseId : touched) {
                Optional<OnChainLicense> rebuilt = LicenseHistory.replay(changeLog.of(licenseId));
                if (rebuilt.isPresent()) {
                    licenses.mirror(licenseId, rebuilt.get(), now);
                } else {
                    licenses.forget(licenseId);
                }
            }
            if (!touched.isEmpty()) {
                log.warn("license changes after block {} rolled back (reorg); licenses rebuilt: {}", blockNumber,
                        touched);
            }
        });
    }

    private boolean apply(LicenseChange change, Instant now) {
        if (!changeLog.record(change, now)) {
            return false;
        }
        Optional<OnChainLicense> license = LicenseHistory.after(licenses.onChainForUpdate(change.licenseId()), change);
        if (license.isPresent()) {
            licenses.mirror(change.licenseId(), license.get(), now);
        } else {
            log.warn("delegation of license {} skipped: its mint was not seen (follow from an earlier block)",
                    change.licenseId());
        }
        return true;
    }

    private static Optional<LicenseChange> change(BaseEventResponse event) {
        if (event instanceof CheckerLicense.TransferEventResponse transfer) {
            return Optional.of(LicenseChange.of(transfer));
        }
        if (event instanceof CheckerLicense.UpdateUserEventResponse update) {
            return Optional.of(LicenseChange.of(update));
        }
        return Optional.empty();
    }
}
