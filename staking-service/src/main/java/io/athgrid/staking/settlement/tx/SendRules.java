package io.athgrid.staking.settlement.tx;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

/**
 * The rules that make a transaction happen exactly once: which nonce a new one takes, when a mined
 * one is final, when one can never be mined, and when one waited too long for its receipt.
 */
public final class SendRules {

    private SendRules() {
    }

    /**
     * The nonce of a transaction about to be signed: the node's pending count, but never one of our
     * own transactions still in flight (one signed before a crash may not have reached the node).
     *
     * @param highestInFlight the highest nonce of our unfinished transactions, or null for none
     */
    public static BigInteger nextNonce(BigInteger pendingCount, BigInteger highestInFlight) {
        if (highestInFlight == null) {
            return pendingCount;
        }
        return pendingCount.max(highestInFlight.add(BigInteger.ONE));
    }

    /** Final once {@code confirmations} blocks sit on top of the block that holds it. */
    public static boolean isConfirmed(long minedBlock, long head, int confirmations) {
        return head - minedBlock >= confirmations;
    }

    /**
     * A transaction without receipt whose nonce is used by a confirmed block can never be mined:
     * another transaction took the nonce. Only then may its intent be signed anew.
     *
     * @param confirmedCount the sender's transaction count at the newest confirmed block
     */
    public static boolean neverMined(BigInteger nonce, BigInteger confirmedCount) {
        return confirmedCount.compareTo(nonce) > 0;
    }

    /** Nodes drop transactions (restarts, full mempools): after the timeout it is broadcast again. */
    public static boolean receiptOverdue(Instant broadcastAt, Instant now, Duration receiptTimeout) {
        return broadcastAt == null || !now.isBefore(broadcastAt.plus(receiptTimeout));
    }

    /** The newest block with {@code confirmations} blocks on top, never below genesis. */
    public static long confirmedBlock(long head, int confirmations) {
        return Math.max(0, head - confirmations);
    }
}
