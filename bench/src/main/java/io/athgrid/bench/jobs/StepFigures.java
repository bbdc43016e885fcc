package io.athgrid.bench.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * The figures of one offered rate, over its measured window (orders due after the warm-up):
 * submit -> JobMatched latency from the moment each order was sent, JobMatched events seen per
 * second in the window, answers by status, and the CPU used meanwhile.
 */
record StepFigures(int offeredRate, double windowSeconds, int orders, double matchedPerSecond,
        Map<String, Long> answers, long unmatched, double[] latencyMillis, double answerP50Millis,
        double answerP99Millis, double senderLagP99Millis, Map<String, Double> cpuPercent,
        Map<String, Double> busiestThreads) {

    static StepFigures of(int rate, List<OrderLoad.Sent> sent, Map<String, JobTrace> traces, long fromNanos,
            long toNanos, Map<String, Double> cpuPercent, Map<String, Double> busiestThreads) {
        List<OrderLoad.Sent> measured = sent.stream()
                .filter(order -> order.dueNanos() >= fromNanos && order.dueNanos() < toNanos)
                .toList();
        Map<String, Long> answers = new TreeMap<>();
        measured.forEach(order -> answers.merge(order.status() == 201 ? "201 " + order.jobStatus()
                : String.valueOf(order.status()), 1L, Long::sum));
        List<JobTrace> created = measured.stream().filter(order -> order.status() == 201)
                .map(order -> traces.get(order.jobId())).toList();
        long[] latencies = created.stream().filter(JobTrace::wasMatched)
                .mapToLong(trace -> trace.matchedNanos() - trace.sentNanos()).sorted().toArray();
        long matchedInWindow = sent.stream().filter(order -> order.status() == 201)
                .map(order -> traces.get(order.jobId()))
                .filter(trace -> trace.wasMatched() && trace.matchedNanos() >= fromNanos && trace.matchedNanos() < toNanos)
                .count();
        double seconds = (toNanos - fromNanos) / 1e9;
        return new StepFigures(rate, seconds, measured.size(), matchedInWindow / seconds, answers,
                created.size() - latencies.length,
                new double[] {percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                        percentile(latencies, 100)},
                percentile(sorted(measured, order -> order.answeredNanos() - order.sentNanos()), 50),
                percentile(sorted(measured, order -> order.answeredNanos() - order.sentNanos()), 99),
                percentile(sorted(measured, order -> order.sentNanos() - order.dueNanos()), 99), cpuPercent,
                busiestThreads);
    }

    private static long[] sorted(List<OrderLoad.Sent> orders, ToLongFunction<OrderLoad.Sent> nanos) {
        return orders.stream().mapToLong(nanos).sorted().toArray();
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds; NaN when there are none. */
    static double percentile(long[] sortedNanos, double percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
    }

    double p99Millis() {
        return latencyMillis[2];
    }

    /** Every order answered 201 and matched at once, every JobMatched seen, and the rate kept up. */
    boolean keptUp() {
        long matchedAtOnce = answers.getOrDefault("201 PROVISIONING", 0L);
        return matchedAtOnce == orders && unmatched == 0 && matchedPerSecond >= 0.95 * offeredRate;
    }

    /** Far behind: under half the offered rate matched, or orders waiting seconds to be sent at all. */
    boolean overloaded() {
        return matchedPerSecond < 0.5 * offeredRate || senderLagP99Millis > 5_000;
    }

    @Override
    public String toString() {
        return "StepFigures[rate=" + offeredRate + ", answers=" + answers + ", latency=" + Arrays.toString(latencyMillis)
                + "]";
    }
}
