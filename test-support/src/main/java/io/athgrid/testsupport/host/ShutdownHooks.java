package io.athgrid.testsupport.host;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs clean-up at JVM exit without letting one failing step hide the others. */
public final class ShutdownHooks {

    private static final Logger log = LoggerFactory.getLogger(ShutdownHooks.class);

    private ShutdownHooks() {
    }

    /** Registers {@code action} to run at JVM exit; returns the hook so it can be removed. */
    public static Thread register(String name, Runnable action) {
        Thread hook = new Thread(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.warn("Clean-up '{}' at exit failed: {}", name, e.toString());
            }
        }, "athgrid-exit-" + name);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Removes a hook whose work was already done; harmless while the JVM is exiting. */
    public static void unregister(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // the JVM is shutting down and the hook is running or ran
        }
    }
}
