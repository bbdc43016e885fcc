package io.athgrid.staking.claim;

/** A claim that breaks a rule (too small, more than available); nothing was written. */
public class ClaimRefusedException extends RuntimeException {

    private final String field;

    public ClaimRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
