package io.athgrid.bench.matching;

import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.index.IndexSnapshot;
import io.athgrid.indexer.matching.MatchRequest;
import io.athgrid.indexer.matching.MatchResult;
import io.athgrid.indexer.matching.Matcher;
import io.athgrid.indexer.matching.ScanAndSortMatcher;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code matcher}: runs {@link MatcherBenchmark} through JMH on one thread, in this JVM (the exec
 * jar's nested class path cannot be handed to a forked JVM), and prints decisions per second, the
 * latency percentiles and the ratio of the two matchers as a Markdown table. Before measuring it
 * checks that both give the same answer to every request of the mix.
 */
public final class MatcherBenchmarkRun {

    private MatcherBenchmarkRun() {
    }

    public static void run() throws RunnerException {
        System.out.println(setup());
        Options options = new OptionsBuilder()
                .include(MatcherBenchmark.class.getName() + "\\.")
                .forks(0)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(3))
                .shouldDoGC(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println(report(results));
    }

    /** The fleet, the request mix, and whether the two matchers agree on every request of it. */
    private static String setup() {
        CapacityIndex index = Fleet.index(MatcherBenchmark.SEED);
        List<MatchRequest> requests = Fleet.requests(MatcherBenchmark.SEED + 1);
        ServiceDefaults defaults = ServiceDefaults.load();
        Matcher matcher = defaults.matcher();
        ScanAndSortMatcher scanAndSort = defaults.scanAndSort();
        IndexSnapshot snapshot = index.snapshot();
        int matched = 0;
        int passedTotal = 0;
        for (MatchRequest request : requests) {
            MatchResult fast = matcher.match(index, request);
            MatchResult reference = scanAndSort.match(snapshot, request);
            int listed = Math.min(reference.ranked().size(), request.nodes() + 5);
            if (fast.enough() != reference.enough() || !fast.counts().equals(reference.counts())
                    || !fast.ranked(listed).equals(reference.ranked().subList(0, listed))) {
                throw new IllegalStateException("the matchers disagree on " + request);
            }
            matched += reference.enough() ? 1 : 0;
            passedTotal += reference.ranked().size();
        }
        long standby = snapshot.containers().stream().filter(c -> "STANDBY".equals(c.status())).count();
        return String.format(Locale.ROOT, """
                Fleet: %d nodes x %d GPUs = %d GPUs, %d STANDBY; %d requests, %d matched (%.1f %%), \
                %.0f candidates pass the filters per request on average.
                Both matchers give the same answer to every request of the mix (enough, counts, claim order).
                """, Fleet.NODES, Fleet.GPUS_PER_NODE, Fleet.NODES * Fleet.GPUS_PER_NODE, standby,
                requests.size(), matched, 100.0 * matched / requests.size(), (double) passedTotal / requests.size());
    }

    private static String report(Collection<RunResult> results) {
        double indexedPerSecond = perSecond(results, "indexed");
        double scanPerSecond = perSecond(results, "scanAndSort");
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """

                Matching decisions on one thread (JMH, forks 0, %s)
                | matcher | decisions/s | p50 µs | p99 µs | p99.9 µs | max µs |
                | --- | ---: | ---: | ---: | ---: | ---: |
                """, Runtime.version()));
        for (String benchmark : List.of("indexed", "scanAndSort")) {
            Result<?> sample = result(results, benchmark, "SampleTime").getPrimaryResult();
            double toMicros = microsPer(sample.getScoreUnit());
            table.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f | %.2f | %.2f |%n", benchmark,
                    perSecond(results, benchmark),
                    sample.getStatistics().getPercentile(50) * toMicros,
                    sample.getStatistics().getPercentile(99) * toMicros,
                    sample.getStatistics().getPercentile(99.9) * toMicros,
                    sample.getStatistics().getMax() * toMicros));
        }
        table.append(String.format(Locale.ROOT, "%nRatio indexed / scan-and-sort: %.0fx decisions per second%n",
                indexedPerSecond / scanPerSecond));
        return table.toString();
    }

    private static double perSecond(Collection<RunResult> results, String benchmark) {
        Result<?> throughput = result(results, benchmark, "Throughput").getPrimaryResult();
        String unit = throughput.getScoreUnit();
        double score = throughput.getScore();
        return switch (unit) {
            case "ops/us" -> score * 1e6;
            case "ops/ms" -> score * 1e3;
            case "ops/s" -> score;
            default -> throw new IllegalStateException("unexpected unit " + unit);
        };
    }

    private static double microsPer(String unit) {
        return switch (unit) {
            case "us/op" -> 1;
            case "ns/op" -> 1e-3;
            case "ms/op" -> 1e3;
            default -> throw new IllegalStateException("unexpected unit " + unit);
        };
    }

    private static RunResult result(Collection<RunResult> results, String benchmark, String mode) {
        return results.stream()
                .filter(result -> result.getParams().getBenchmark().endsWith("." + benchmark)
                        && result.getParams().getMode().toString().equals(mode))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + mode + " result for " + benchmark));
    }
}
