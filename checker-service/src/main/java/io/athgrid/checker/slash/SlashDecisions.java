package io.athgrid.checker.slash;

import io.athgrid.checker.slashing.SlashProposal;
import io.athgrid.events.v1.SlashDisputed;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.outbox.Outbox;
import io.athgrid.support.web.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people's steps on a slash: the owner disputes it within its window ({@code SlashDisputed}),
 * an operator upholds or rejects a dispute. Each step is the domain's ({@link SlashProposal}), on
 * the locked row; a step it refuses writes nothing. Callers who may not see the slash (neither its
 * owner nor an operator) are told it does not exist.
 */
public class SlashDecisions {

    private final SlashStore slashes;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public SlashDecisions(SlashStore slashes, Outbox outbox, TransactionTemplate transaction, Clock clock) {
        this.slashes = slashes;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    public StoredSlash dispute(Caller caller, String slashId, String statement) {
        return transaction.execute(status -> {
            StoredSlash stored = visible(caller, slashId);
            Instant now = clock.instant();
            SlashProposal disputed = stored.proposal().dispute(caller, statement, now);
            slashes.update(disputed);
            outbox.publish(new SlashDisputed(disputed.slashId(), disputed.containerId(), disputed.owner(), statement,
                    now));
            return with(stored, disputed);
        });
    }

    public StoredSlash resolve(Caller caller, String slashId, boolean uphold, String note) {
        return transaction.execute(status -> {
            StoredSlash stored = visible(caller, slashId);
            SlashProposal resolved = stored.proposal().resolve(caller, uphold, note, clock.instant());
            slashes.update(resolved);
            return with(stored, resolved);
        });
    }

    private StoredSlash visible(Caller caller, String slashId) {
        return slashes.lock(slashId)
                .filter(slash -> caller.mayActFor(slash.proposal().owner()))
                .orElseThrow(() -> new ResourceNotFoundException("No slash " + slashId));
    }

    private static StoredSlash with(StoredSlash stored, SlashProposal proposal) {
        return new StoredSlash(proposal, stored.evidenceCanonical(), stored.evidenceJson(), stored.affectedFrom(),
                stored.affectedTo());
    }
}
