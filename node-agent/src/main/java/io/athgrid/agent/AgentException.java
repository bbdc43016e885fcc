package io.athgrid.agent;

/**
 * A problem the person running the agent can fix (a missing file, too wide permissions, a
 * registration the registry refused); the command line prints its message without a stack trace.
 */
public class AgentException extends RuntimeException {

    public AgentException(String message) {
        super(message);
    }

    public AgentException(String message, Throwable cause) {
        super(message, cause);
    }
}
