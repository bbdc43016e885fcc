package io.athgrid.bench.checker;

import io.athgrid.checker.referee.Outcome;
import io.athgrid.checker.referee.OutcomeRule;
import io.athgrid.checker.referee.Referee;
import io.athgrid.checker.referee.ReportAdmission;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code checker}: runs {@link RefereeBenchmark} through JMH in this JVM (the exec jar's nested class
 * path cannot be handed to a forked JVM) and prints reports verified and aggregated per second as a
 * Markdown table. Before measuring it plays the round once and prints what the referee decided, so
 * the figures are known to be for a round that admits every report and reaches every verdict.
 */
public final class RefereeBenchmarkRun {

    private RefereeBenchmarkRun() {
    }

    public static void run() throws RunnerException {
        System.out.println(setup());
        System.out.println(cpuTime());
        Options options = new OptionsBuilder()
                .include(RefereeBenchmark.class.getName() + "\\.")
                .forks(0)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(6))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(6))
                .shouldDoGC(true)
                .build();
        System.out.println(report(new Runner(options).run()));
    }

    private static String setup() {
        long started = System.nanoTime();
        LivenessRound round = LivenessRound.benchmarkRound();
        double setupSeconds = (System.nanoTime() - started) / 1e9;
        RefereeBenchmark benchmark = new RefereeBenchmark();
        benchmark.setUp();
        RefereeBenchmark.Result admitted = benchmark.admit(round.reports);
        Referee referee = new Referee(OutcomeRule.defaults());
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int incorrect = 0;
        for (var job : admitted.reports().entrySet()) {
            var verdict = referee.decide(admitted.jobs().get(job.getKey()), job.getValue(), LivenessRound.DECIDED);
            outcomes.merge(verdict.outcome(), 1, Integer::sum);
            incorrect += verdict.incorrect().size();
        }
        benchmark.tearDown();
        return String.format(Locale.ROOT, """
                Round: %d containers x 3 checkers = %d signed reports (EIP-712, libsecp256k1 when it loads) from %d \
                licenses, built and signed in %.1f s; clock skew %s.
                Played once: %d reports admitted, verdicts %s, %d reports judged incorrect (the liars).
                """, RefereeBenchmark.CONTAINERS, round.reports.size(), round.licenses.size(), setupSeconds,
                ReportAdmission.DEFAULT_CLOCK_SKEW, admitted.reports().values().stream().mapToInt(List::size).sum(),
                outcomes, incorrect);
    }

    /**
     * Reports per second of one thread's CPU time over whole rounds (admission and referee), after
     * warming up: unlike the JMH throughput, it does not move with what else runs on the machine.
     */
    private static String cpuTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RefereeBenchmark benchmark = new RefereeBenchmark();
        benchmark.setUp();
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        for (int i = 0; i < 3; i++) {
            benchmark.round(blackhole);
        }
        int rounds = 5;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            benchmark.round(blackhole);
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        benchmark.tearDown();
        blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        return String.format(Locale.ROOT, """
                CPU time: %d rounds (%d reports) in %.2f s of one thread's CPU (%.2f s wall): %,.0f reports per \
                CPU-second, %.1f µs per report (admission with signer recovery, and the verdicts).
                """, rounds, rounds * RefereeBenchmark.REPORTS, cpuSeconds, wallSeconds,
                rounds * RefereeBenchmark.REPORTS / cpuSeconds, cpuSeconds * 1e6 / (rounds * RefereeBenchmark.REPORTS));
    }

    private static String report(Collection<RunResult> results) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """

                Checker reports per second (JMH, forks 0, %s, %d cores)
                | benchmark | reports/s | one round of %d reports |
                | --- | ---: | ---: |
                """, Runtime.version(), Runtime.getRuntime().availableProcessors(), RefereeBenchmark.REPORTS));
        for (String benchmark : List.of("round", "roundOnTwoThreads", "recoverSigner", "decide")) {
            double perSecond = perSecond(results, benchmark);
            table.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f s |%n", benchmark, perSecond,
                    RefereeBenchmark.REPORTS / perSecond));
        }
        return table.toString();
    }

    private static double perSecond(Collection<RunResult> results, String benchmark) {
        RunResult result = results.stream()
                .filter(run -> run.getParams().getBenchmark().endsWith("." + benchmark))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + benchmark));
        String unit = result.getPrimaryResult().getScoreUnit();
        if (!unit.equals("ops/s")) {
            throw new IllegalStateException("unexpected unit " + unit);
        }
        return result.getPrimaryResult().getScore();
    }
}
