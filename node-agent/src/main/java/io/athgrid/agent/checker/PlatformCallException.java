package io.athgrid.agent.checker;

import io.athgrid.agent.registry.RegistryAnswer;

/**
 * A call to the platform did not get the answer a checker needs to go on (unreachable, 5xx, 429, a
 * session the gateway no longer accepts). The checker tries again later, with backoff.
 */
public final class PlatformCallException extends RuntimeException {

    private final transient RegistryAnswer answer;

    public PlatformCallException(String call, RegistryAnswer answer) {
        super(call + ": " + answer.detail());
        this.answer = answer;
    }

    public RegistryAnswer answer() {
        return answer;
    }

    /** 401 without a rejection reason: the gateway no longer takes the session token; sign in again. */
    public boolean sessionRejected() {
        return sessionRejected(answer);
    }

    static boolean sessionRejected(RegistryAnswer answer) {
        // A report signed by the wrong wallet is also answered 401, but with reason BAD_SIGNATURE.
        return answer.status() == 401 && answer.text("reason").isEmpty();
    }
}
