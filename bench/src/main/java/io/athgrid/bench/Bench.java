package io.athgrid.bench;

import io.athgrid.bench.heartbeat.HeartbeatBenchmark;
import io.athgrid.bench.heartbeat.HeartbeatBenchmarkOptions;
import java.util.Arrays;

/** Runs one load scenario and prints its figures: {@code heartbeats [--containers=N ...]}. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args.length > 0 ? args[0] : "heartbeats";
        String[] options = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : new String[0];
        if (!scenario.equals("heartbeats")) {
            System.err.println("unknown scenario " + scenario + "; known: heartbeats");
            System.exit(2);
        }
        HeartbeatBenchmark.run(HeartbeatBenchmarkOptions.parse(options));
        // Embedded infrastructure and the service leave non-daemon threads behind.
        System.exit(0);
    }
}
