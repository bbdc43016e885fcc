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
 * each exactly once by (transaction hash, log index): the only way licenses change hands. A
 * transfer makes the receiver the owner and ends the delegation (the contract does the same); a
 * burn deactivates the license; {@code setUser} delegates to a burner wallet until an expiry. Runs in
 * the caller's transaction if there is one (a chain follower moving its cursor with the changes),
 * else in its own.
 */
public class LicenseChanges {

    private static final Logger log = LoggerFactory.getLogger(LicenseChanges.class);

    private final LicenseStore licenses;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public LicenseChanges(LicenseStore licenses, TransactionTemplate transaction, Clock clock) {
        this.licenses = licenses;
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

    /** Applies raw logs of the CheckerLicense contract, as a chain follower reads them. */
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

    private boolean apply(LicenseChange change, Instant now) {
        String name = change instanceof LicenseChange.Transferred ? "TRANSFER" : "UPDATE_USER";
        if (!licenses.recordChange(change.log(), change.licenseId(), name, now)) {
            return false;
        }
        if (change instanceof LicenseChange.Transferred transfer) {
            licenses.owned(transfer.licenseId(), transfer.burn() ? transfer.from() : transfer.to(), !transfer.burn(), now);
        } else {
            LicenseChange.UserUpdated update = (LicenseChange.UserUpdated) change;
            boolean known = update.removed()
                    ? licenses.delegated(update.licenseId(), null, null, now)
                    : licenses.delegated(update.licenseId(), update.user(), Instant.ofEpochSecond(update.expires()), now);
            if (!known) {
                log.warn("delegation of license {} skipped: its mint was not seen (follow from an earlier block)",
                        update.licenseId());
            }
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
