package io.athgrid.agent.workload;

/** An engine could not be started or stopped; the message says what the runtime saw. */
public class WorkloadException extends RuntimeException {

    public WorkloadException(String message) {
        super(message);
    }

    public WorkloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
