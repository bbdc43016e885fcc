package io.athgrid.maas.inference;

/** The deployment had no ready replica within the hold time (it may be starting one). */
public class ModelNotReadyException extends RuntimeException {

    public ModelNotReadyException(String message) {
        super(message);
    }
}
