package io.athgrid.staking.ledger;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.RewardClaimed;
import io.athgrid.staking.chain.ChainClaims;
import io.athgrid.support.inbox.EventHandler;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books what wallets claimed from the reward distributor: the epoch's CLAIMABLE amount moves to
 * CLAIMED, once per (epoch, account). A claim can be confirmed on chain before the ledger learns
 * that the epoch's root is final (the chain mirror and settlement count confirmations each on their
 * own), so it is booked by whichever comes second: the RewardClaimed event, or the settlement of the
 * epoch, which books every claim the mirror already holds. Both take the epoch's row lock first,
 * so one of them always sees the other's work. Claims under a root the ledger did not settle (not
 * ours) are not booked.
 */
public class OnChainClaims implements EventHandler<RewardClaimed> {

    private static final Logger log = LoggerFactory.getLogger(OnChainClaims.class);

    private final LedgerStore ledger;
    private final PayoutStore payouts;
    private final EpochBook book;
    private final ChainClaims chainClaims;

    public OnChainClaims(LedgerStore ledger, PayoutStore payouts, EpochBook book, ChainClaims chainClaims) {
        this.ledger = ledger;
        this.payouts = payouts;
        this.book = book;
        this.chainClaims = chainClaims;
    }

    @Override
    public Class<RewardClaimed> eventType() {
        return RewardClaimed.class;
    }

    /** Runs in the inbox's transaction. */
    @Override
    public void handle(EventEnvelope<RewardClaimed> event) {
        RewardClaimed claim = event.payload();
        if (book.lockSettledRoot(claim.epoch()).isEmpty()) {
            log.debug("epoch {} is not settled in the ledger yet: {}'s claim is booked when it is", claim.epoch(),
                    claim.account());
            return;
        }
        book(claim.epoch(), claim.account(), claim.amountWei());
    }

    /** Books the claims of {@code epoch} already mirrored; in the settlement's transaction, which holds the epoch's row. */
    void bookMirrored(long epoch) {
        chainClaims.ofEpoch(epoch).forEach(claim -> book(epoch, claim.account(), claim.amountWei()));
    }

    private void book(long epoch, String wallet, BigInteger amount) {
        String account = wallet.toLowerCase(Locale.ROOT);
        Optional<BigInteger> payout = payouts.of(epoch, account);
        if (payout.isEmpty() || !payout.get().equals(amount)) {
            // Our root pays exactly the payout; anything else is not a leaf of ours.
            log.error("on-chain claim of {} wei by {} in epoch {} does not match the ledger's payout {}: not booked",
                    amount, account, epoch, payout.map(BigInteger::toString).orElse("none"));
            return;
        }
        JournalEntry.builder("onchain-claim:" + epoch + ":" + account, EntryKind.ONCHAIN_CLAIM, epoch)
                .move(LedgerAccount.claimable(account), LedgerAccount.claimed(account), amount)
                .build()
                .ifPresent(ledger::book);
    }
}
