package io.athgrid.staking.settlement;

import io.athgrid.staking.settlement.tx.ChainSender;
import io.athgrid.staking.settlement.tx.ChainUnavailableException;
import io.athgrid.staking.settlement.tx.SenderLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The settlement's periodic work, on one replica at a time: compute the epochs that are due, then
 * move every outgoing transaction along. Everything it knows is in the database, so a run that
 * fails (or a process that dies) is made up by the next run.
 */
public class SettlementWorker {

    private static final Logger log = LoggerFactory.getLogger(SettlementWorker.class);

    private final SenderLock lock;
    private final EpochSettler settler;
    private final ChainSender sender;
    private boolean chainWasDown;

    /** @param settler null while no ledger provides the epochs' payouts: slashes are still sent */
    public SettlementWorker(SenderLock lock, EpochSettler settler, ChainSender sender) {
        this.lock = lock;
        this.settler = settler;
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${athgrid.staking.settlement.poll-interval:2s}",
            initialDelayString = "${athgrid.staking.settlement.poll-interval:2s}")
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("settlement run failed, the next run retries", e);
        }
    }

    /** One run; also what tests call instead of waiting for the schedule. */
    public synchronized void runOnce() {
        lock.runExclusively(() -> {
            computeDueEpochs();
            advanceTransactions();
        });
    }

    /** A failure here (bad payouts from the ledger) must not hold back slashes: logged, retried next run. */
    private void computeDueEpochs() {
        if (settler == null) {
            return;
        }
        try {
            settler.computeDue();
        } catch (RuntimeException e) {
            log.error("computing the next epoch's settlement failed; the next run tries again", e);
        }
    }

    private void advanceTransactions() {
        try {
            sender.advance();
            if (chainWasDown) {
                log.info("the chain answers again; settlement continues");
                chainWasDown = false;
            }
        } catch (ChainUnavailableException e) {
            if (!chainWasDown) {
                log.warn("the chain does not answer; settlement waits: {}", e.getMessage());
            }
            chainWasDown = true;
        }
    }
}
