package io.athgrid.bench.jobs;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load: orders submitted at each offered {@code rates} (jobs/s) in turn, each for
 * {@code warmUp} unmeasured and then {@code measured}, by up to {@code connections} requests in
 * flight, against {@code containers} STANDBY containers; each job is cancelled once matched.
 */
public record JobsBenchmarkOptions(
        List<Integer> rates,
        Duration measured,
        Duration warmUp,
        int containers,
        int connections) {

    private static final Set<String> KNOWN = Set.of("rate", "seconds", "warmup-seconds", "containers", "connections");

    public static JobsBenchmarkOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length != 2 || !KNOWN.contains(pair[0])) {
                throw new IllegalArgumentException("options are --name=value with name in " + KNOWN + ", not " + arg);
            }
            given.put(pair[0], pair[1]);
        }
        List<Integer> rates = Arrays.stream(given.getOrDefault("rate", "250,500,1000,2000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        if (rates.stream().anyMatch(rate -> rate <= 0)) {
            throw new IllegalArgumentException("rates are jobs per second, above 0: " + rates);
        }
        return new JobsBenchmarkOptions(rates,
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "30"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup-seconds", "10"))),
                Integer.parseInt(given.getOrDefault("containers", "20000")),
                Integer.parseInt(given.getOrDefault("connections", "256")));
    }
}
