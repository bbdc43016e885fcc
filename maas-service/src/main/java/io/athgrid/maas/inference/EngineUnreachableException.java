package io.athgrid.maas.inference;

/** No replica of the deployment could be reached within the attempts and the hold time. */
public class EngineUnreachableException extends RuntimeException {

    public EngineUnreachableException(String message) {
        super(message);
    }
}
