package io.athgrid.protocol.signature;

/** A signature that is malformed or not by the expected signer; the message says which. */
public class InvalidSignatureException extends RuntimeException {

    public InvalidSignatureException(String message) {
        super(message);
    }
}
