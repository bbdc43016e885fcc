package io.athgrid.staking.settlement.tx;

/** What a purpose decides after reading the chain: send, adopt what is there, or stop. */
public sealed interface Step {

    /** Sign and send a call to {@code to} with ABI-encoded {@code data}. */
    record Send(String to, String data) implements Step {
    }

    /** The effect is already on chain, done by transaction {@code txHash}: confirm that one instead. */
    record AlreadyOnChain(String txHash) implements Step {
    }

    /** Nothing to do; finished without a transaction. */
    record Skip(String reason) implements Step {
    }

    /** The chain contradicts the intent; stop and alert, never send. */
    record Halt(String reason) implements Step {
    }

    /** The intent cannot be carried out; stop and alert. */
    record Fail(String reason) implements Step {
    }
}
