package io.athgrid.checker.slash;

import io.athgrid.checker.slashing.SlashProposal;
import io.athgrid.events.v1.SlashExecuted;
import io.athgrid.support.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes the proposals whose dispute window has passed, undisputed or upheld: each becomes
 * EXECUTED with {@code SlashExecuted} in one transaction on its locked row (the staking-service
 * takes the amount from rewards, then stake; the scheduler refunds the affected period). A dispute
 * nobody resolved holds its slash.
 */
public class SlashExecutions {

    private final SlashStore slashes;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batch;

    public SlashExecutions(SlashStore slashes, Outbox outbox, TransactionTemplate transaction, Clock clock, int batch) {
        this.slashes = slashes;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.batch = batch;
    }

    /** How many were executed. */
    public int executeDue() {
        Instant now = clock.instant();
        int executed = 0;
        for (String slashId : slashes.executable(now, batch)) {
            Boolean done = transaction.execute(status -> execute(slashId, now));
            executed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return executed;
    }

    private boolean execute(String slashId, Instant now) {
        Optional<StoredSlash> stored = slashes.lock(slashId);
        if (stored.isEmpty() || !stored.get().proposal().executableAt(now)) {
            return false;
        }
        SlashProposal executed = stored.get().proposal().execute(now);
        slashes.update(executed);
        outbox.publish(new SlashExecuted(executed.slashId(), executed.containerId(), executed.owner(),
                executed.reason().name(), executed.amountWei(), executed.evidenceHash(), stored.get().affectedFrom(),
                stored.get().affectedTo(), now));
        return true;
    }
}
