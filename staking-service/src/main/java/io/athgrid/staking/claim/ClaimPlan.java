package io.athgrid.staking.claim;

import io.athgrid.staking.ledger.Bucket;
import io.athgrid.staking.ledger.EntryKind;
import io.athgrid.staking.ledger.ExactSplit;
import io.athgrid.staking.ledger.JournalEntry;
import io.athgrid.staking.ledger.LedgerAccount;
import io.athgrid.staking.ledger.Origin;
import io.athgrid.staking.ledger.VestingGrant;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/**
 * Converting available vATH to a claim. The amount is taken from the wallet's available balances
 * of every origin in proportion to them (exact to the wei), so no pool is favoured; a quick claim's
 * returned part goes back to each origin in the same proportion. The payable part becomes one
 * linear grant in the wallet's CLAIMING bucket from now.
 */
public record ClaimPlan(UUID claimId, String owner, ClaimOption option, BigInteger amountWei,
        SortedMap<Origin, BigInteger> taken, SortedMap<Origin, BigInteger> returned, VestingGrant grant) {

    public static ClaimPlan of(UUID claimId, String owner, BigInteger amountWei, ClaimOption option,
            Map<Origin, BigInteger> available, ClaimTerms terms, Instant now) {
        if (amountWei.compareTo(terms.minimumWei()) < 0) {
            throw new ClaimRefusedException("amountWei", "a claim is at least " + terms.minimumWei() + " wei");
        }
        BigInteger total = available.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (amountWei.compareTo(total) > 0) {
            throw new ClaimRefusedException("amountWei", "more than the available " + total + " wei");
        }
        SortedMap<Origin, BigInteger> taken = ExactSplit.split(amountWei, available);
        BigInteger payable = terms.payableOf(option, amountWei);
        SortedMap<Origin, BigInteger> returned = ExactSplit.split(amountWei.subtract(payable), taken);
        VestingGrant grant = VestingGrant.of(claimId, owner, Bucket.CLAIMING, null, payable, now,
                terms.durationOf(option));
        return new ClaimPlan(claimId, grant.owner(), option, amountWei, taken, returned, grant);
    }

    /** What the claim pays out over its duration. */
    public BigInteger payableWei() {
        return grant.amountWei();
    }

    public BigInteger returnedWei() {
        return amountWei.subtract(payableWei());
    }

    public JournalEntry entry() {
        JournalEntry.Builder entry = JournalEntry.builder("claim:" + claimId, EntryKind.CLAIM, null);
        taken.forEach((origin, amount) -> {
            BigInteger back = returned.getOrDefault(origin, BigInteger.ZERO);
            entry.move(LedgerAccount.available(owner, origin), LedgerAccount.returned(origin), back);
            entry.move(LedgerAccount.available(owner, origin), LedgerAccount.claiming(owner), amount.subtract(back));
        });
        return entry.build().orElseThrow();
    }
}
