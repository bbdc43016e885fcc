package io.athgrid.agent.cli;

/**
 * Runs an action on SIGINT/SIGTERM and gives the main thread a few seconds to finish cleanly
 * before the JVM halts.
 */
final class SignalShutdown implements AutoCloseable {

    private static final long MAIN_THREAD_WAIT_MILLIS = 5_000;

    private final Thread hook;

    private SignalShutdown(Thread hook) {
        this.hook = hook;
    }

    /** @param message printed straight to stderr (java.util.logging closes its handlers in its own hook, meanwhile) */
    static SignalShutdown register(String message, Runnable action) {
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            System.err.println(message);
            action.run();
            try {
                main.join(MAIN_THREAD_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "node-agent-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return new SignalShutdown(hook);
    }

    /** The main thread is done: no hook needed any more (unless the JVM is already stopping). */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: the JVM is stopping anyway.
        }
    }
}
