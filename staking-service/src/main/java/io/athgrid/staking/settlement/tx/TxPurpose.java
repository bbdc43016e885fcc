package io.athgrid.staking.settlement.tx;

/**
 * What one kind of outgoing transaction is for (an epoch root, a bond slash). The {@link ChainSender}
 * runs the same exactly-once machinery for every purpose and asks the purpose only what differs.
 */
public interface TxPurpose {

    /** The name stored with each transaction, e.g. {@code EPOCH_ROOT}. */
    String name();

    /**
     * Reads the chain just before signing: whether to send (and what), or whether the effect is
     * already there or impossible. Called again whenever a signed transaction can never be mined.
     */
    Step prepare(String subject);

    /** After a confirmed revert: whether the effect is there anyway (someone else's transaction), or not. */
    Step afterRevert(String subject);

    /** The transaction is final and succeeded; books its effect in the same database transaction. */
    void confirmed(OutgoingTx tx);

    /** The transaction ended SKIPPED, HALTED or FAILED; records it in the same database transaction. */
    void ended(OutgoingTx tx);
}
