package io.athgrid.gateway.identity.siwe;

/** The text is not an EIP-4361 message: answered as 400, nothing is consumed. */
public class InvalidSiweMessageException extends RuntimeException {

    public InvalidSiweMessageException(String reason) {
        super(reason);
    }
}
