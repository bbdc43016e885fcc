package io.athgrid.agent.registry;

import java.lang.System.Logger.Level;

/** Where retried calls report a streak of failures: its first failure and its end, nothing in between. */
public interface RetryLog {

    /** The first failure of a streak. */
    void failing(String name, String detail);

    /** The call succeeded after {@code failures} failures. */
    void recovered(String name, int failures);

    /** Logs both, naming the caller; for one host, where every line matters. */
    static RetryLog logger(String what) {
        System.Logger log = System.getLogger(RetryLog.class.getName());
        return new RetryLog() {
            @Override
            public void failing(String name, String detail) {
                log.log(Level.WARNING, "{0}: {1} failed ({2}); retrying with backoff", name, what, detail);
            }

            @Override
            public void recovered(String name, int failures) {
                log.log(Level.INFO, "{0}: {1} succeeded after {2} failed attempts", name, what, failures);
            }
        };
    }
}
