package io.athgrid.staking.settlement.tx;

/** The node did not answer, or answered with an error: nothing was learned, the next run tries again. */
public class ChainUnavailableException extends RuntimeException {

    public ChainUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
