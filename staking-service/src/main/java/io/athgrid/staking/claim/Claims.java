package io.athgrid.staking.claim;

import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.ledger.Bucket;
import io.athgrid.staking.ledger.GrantStore;
import io.athgrid.staking.ledger.LedgerStore;
import io.athgrid.staking.ledger.Origin;
import io.athgrid.support.web.IdempotencyKey;
import io.athgrid.support.web.InvalidRequestException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * A wallet converts available vATH to a claim. The wallet's available balances are locked while
 * the claim is decided and booked, so two claims at once cannot spend the same vATH; a refused
 * claim writes nothing. A claim sent with an idempotency key is booked with that key in one
 * transaction; a repeat under the key answers the claim it created and books nothing.
 */
public class Claims {

    private final LedgerStore ledger;
    private final GrantStore grants;
    private final ClaimStore store;
    private final ClaimKeyStore keys;
    private final EpochCursor cursor;
    private final ClaimTerms terms;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Claims(LedgerStore ledger, GrantStore grants, ClaimStore store, ClaimKeyStore keys, EpochCursor cursor,
            ClaimTerms terms, TransactionTemplate transaction, Clock clock) {
        this.ledger = ledger;
        this.grants = grants;
        this.store = store;
        this.keys = keys;
        this.cursor = cursor;
        this.terms = terms;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Books the claim, or, under a key this wallet used before, answers the claim that key created
     * (409 when that was a different claim). A repeat is answered before the rules are applied: it
     * stands although the first claim has spent the balance it would now be judged against. Throws
     * {@link InvalidRequestException} (400) for a claim the rules refuse.
     *
     * @param key null when the request carries none
     */
    public Submission submit(String owner, BigInteger amountWei, ClaimOption option, IdempotencyKey key) {
        String fingerprint = key == null ? null : ClaimFingerprint.of(amountWei, option);
        if (key != null) {
            Optional<ClaimKeyStore.KeyedClaim> earlier = keys.find(owner, key);
            if (earlier.isPresent()) {
                return repeat(owner, earlier.get(), fingerprint);
            }
        }
        UUID claimId = UUID.randomUUID();
        Claim created;
        try {
            created = transaction.execute(status -> {
                // The key first, before the balances are locked: a concurrent first request with the same key
                // waits here until this one ends and then answers as a repeat, instead of being judged against
                // the balance this claim has spent (and refused).
                if (key != null && !keys.remember(owner, key, claimId, fingerprint, clock.instant())) {
                    status.setRollbackOnly();
                    return null;
                }
                return book(claimId, owner, amountWei, option);
            });
        } catch (ClaimRefusedException e) {
            throw new InvalidRequestException(e.field(), e.getMessage());
        }
        if (created == null) {
            return repeat(owner, keys.find(owner, key).orElseThrow(), fingerprint);
        }
        return new Submission(created, false);
    }

    private Claim book(UUID claimId, String owner, BigInteger amountWei, ClaimOption option) {
        cursor.lockShared();
        Map<Origin, BigInteger> available = new TreeMap<>();
        ledger.lockBalancesOf(owner, Bucket.AVAILABLE)
                .forEach((account, balance) -> available.put(account.origin(), balance));
        // As PostgreSQL keeps it: the first answer shows the times a replay or GET /claims reads back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ClaimPlan plan = ClaimPlan.of(claimId, owner, amountWei, option, available, terms, now);
        ledger.book(plan.entry());
        grants.insert(plan.grant());
        store.insert(plan, now);
        return new Claim(plan.claimId(), option, amountWei, plan.returnedWei(), now, plan.grant());
    }

    private Submission repeat(String owner, ClaimKeyStore.KeyedClaim earlier, String fingerprint) {
        if (!earlier.requestSha256().equals(fingerprint)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The Idempotency-Key was used for a different claim: use a new key for a new claim");
        }
        return new Submission(store.find(owner, earlier.claimId()).orElseThrow(), true);
    }

    public List<Claim> of(String owner) {
        return store.ofOwner(owner);
    }

    /** The answer to a claim request: {@code replayed} when an earlier request with the same key created it. */
    public record Submission(Claim claim, boolean replayed) {
    }
}
