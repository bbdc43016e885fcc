package io.athgrid.staking.claim;

import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.ledger.Bucket;
import io.athgrid.staking.ledger.GrantStore;
import io.athgrid.staking.ledger.LedgerStore;
import io.athgrid.staking.ledger.Origin;
import io.athgrid.support.web.InvalidRequestException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A wallet converts available vATH to a claim. The wallet's available balances are locked while
 * the claim is decided and booked, so two claims at once cannot spend the same vATH; a refused
 * claim writes nothing.
 */
public class Claims {

    private final LedgerStore ledger;
    private final GrantStore grants;
    private final ClaimStore store;
    private final EpochCursor cursor;
    private final ClaimTerms terms;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Claims(LedgerStore ledger, GrantStore grants, ClaimStore store, EpochCursor cursor, ClaimTerms terms,
            TransactionTemplate transaction, Clock clock) {
        this.ledger = ledger;
        this.grants = grants;
        this.store = store;
        this.cursor = cursor;
        this.terms = terms;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Books the claim; throws {@link InvalidRequestException} (400) for one the rules refuse. */
    public Claim submit(String owner, BigInteger amountWei, ClaimOption option) {
        try {
            return transaction.execute(status -> {
                cursor.lockShared();
                Map<Origin, BigInteger> available = new TreeMap<>();
                ledger.lockBalancesOf(owner, Bucket.AVAILABLE)
                        .forEach((account, balance) -> available.put(account.origin(), balance));
                Instant now = clock.instant();
                ClaimPlan plan = ClaimPlan.of(UUID.randomUUID(), owner, amountWei, option, available, terms, now);
                ledger.book(plan.entry());
                grants.insert(plan.grant());
                store.insert(plan, now);
                return new Claim(plan.claimId(), option, amountWei, plan.returnedWei(), now, plan.grant());
            });
        } catch (ClaimRefusedException e) {
            throw new InvalidRequestException(e.field(), e.getMessage());
        }
    }

    public List<Claim> of(String owner) {
        return store.ofOwner(owner);
    }
}
