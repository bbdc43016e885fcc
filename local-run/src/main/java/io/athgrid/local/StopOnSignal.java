package io.athgrid.local;

import sun.misc.Signal;

/**
 * Stops the platform in order on Ctrl-C (SIGINT) or SIGTERM, before the JVM's shutdown hooks run:
 * those run all at once, and the embedded PostgreSQL's own hook would stop the database while
 * the services are still closing.
 */
final class StopOnSignal {

    private StopOnSignal() {
    }

    static void install(RunningPlatform platform) {
        Signal.handle(new Signal("INT"), signal -> stop(platform));
        Signal.handle(new Signal("TERM"), signal -> stop(platform));
        // Any other way out (System.exit elsewhere) still closes what it can.
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "athgrid-stop"));
    }

    private static void stop(RunningPlatform platform) {
        System.out.println();
        System.out.println("Stopping athgrid ...");
        platform.close();
        System.out.println("athgrid stopped.");
        System.exit(0);
    }
}
