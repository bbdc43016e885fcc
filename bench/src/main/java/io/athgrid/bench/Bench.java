package io.athgrid.bench;

import io.athgrid.bench.checker.RefereeBenchmarkRun;
import io.athgrid.bench.heartbeat.HeartbeatBenchmark;
import io.athgrid.bench.heartbeat.HeartbeatBenchmarkOptions;
import io.athgrid.bench.jobs.JobsBenchmark;
import io.athgrid.bench.jobs.JobsBenchmarkOptions;
import io.athgrid.bench.maas.MaasBenchmark;
import io.athgrid.bench.matching.MatcherBenchmarkRun;
import io.athgrid.bench.settlement.SettlementBenchmark;
import io.athgrid.bench.settlement.SettlementBenchmarkOptions;
import java.util.Arrays;

/**
 * Runs one load scenario and prints its figures: {@code heartbeats [--containers=N ...]}, or
 * {@code matcher} (the JMH benchmark of the indexer's matcher), or {@code jobs [--rate=250,500 ...]}
 * (orders through the gateway to JobMatched on Kafka), or {@code settlement [--lines=1000000 ...]}
 * (epoch trees, proofs and settlement gas on anvil), or {@code checker} (reports verified and aggregated,
 * the JMH benchmark of checker-service's admission and referee).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args.length > 0 ? args[0] : "heartbeats";
        String[] options = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : new String[0];
        if (scenario.equals("checker")) {
            RefereeBenchmarkRun.run();
            System.exit(0);
        }
        if (scenario.equals("matcher")) {
            MatcherBenchmarkRun.run();
            System.exit(0);
        }
        if (scenario.equals("jobs")) {
            int status = 0;
            try {
                JobsBenchmark.run(JobsBenchmarkOptions.parse(options));
            } catch (Exception e) {
                e.printStackTrace();
                status = 1;
            }
            // Embedded infrastructure and the services leave non-daemon threads behind, also on failure.
            System.exit(status);
        }
        if (scenario.equals("maas")) {
            int status = 0;
            try {
                MaasBenchmark.run(options);
            } catch (Exception e) {
                e.printStackTrace();
                status = 1;
            }
            System.exit(status);
        }
        if (scenario.equals("settlement")) {
            int status = 0;
            try {
                SettlementBenchmark.run(SettlementBenchmarkOptions.parse(options));
            } catch (Exception e) {
                e.printStackTrace();
                status = 1;
            }
            System.exit(status);
        }
        if (!scenario.equals("heartbeats")) {
            System.err.println("unknown scenario " + scenario + "; known: heartbeats, matcher, jobs, settlement, checker, maas");
            System.exit(2);
        }
        HeartbeatBenchmark.run(HeartbeatBenchmarkOptions.parse(options));
        // Embedded infrastructure and the service leave non-daemon threads behind.
        System.exit(0);
    }
}
