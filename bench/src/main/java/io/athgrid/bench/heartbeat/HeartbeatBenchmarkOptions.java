package io.athgrid.bench.heartbeat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The load: {@code containers} nodes heartbeating every {@code interval} for {@code steady}, then
 * {@code sampleStopped} of them going silent, then {@code saturationHeartbeats} sent as fast as
 * {@code concurrency} connections allow.
 */
public record HeartbeatBenchmarkOptions(
        int containers,
        Duration interval,
        Duration steady,
        int sampleStopped,
        int saturationHeartbeats,
        int concurrency) {

    static HeartbeatBenchmarkOptions defaults() {
        return new HeartbeatBenchmarkOptions(10_000, Duration.ofSeconds(5), Duration.ofSeconds(120), 100, 100_000, 64);
    }

    public static HeartbeatBenchmarkOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("options look like --name=value, not " + arg);
            }
            given.put(pair[0], pair[1]);
        }
        HeartbeatBenchmarkOptions d = defaults();
        return new HeartbeatBenchmarkOptions(
                Integer.parseInt(given.getOrDefault("containers", "" + d.containers())),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("interval-seconds", "" + d.interval().toSeconds()))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("steady-seconds", "" + d.steady().toSeconds()))),
                Integer.parseInt(given.getOrDefault("stopped", "" + d.sampleStopped())),
                Integer.parseInt(given.getOrDefault("saturation", "" + d.saturationHeartbeats())),
                Integer.parseInt(given.getOrDefault("concurrency", "" + d.concurrency())));
    }

    int cycles(Duration length) {
        return (int) Math.ceil((double) length.toMillis() / interval.toMillis());
    }
}
