package io.athgrid.bench.jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where the CPU went: the whole machine (PostgreSQL runs in its own processes), this process, and
 * within it the threads of each part, told apart by name: the gateway's Netty event loops, each
 * servlet service's Tomcat workers (named by port), the load generator, and the rest (Kafka broker,
 * outbox relays, consumers, scheduled workers; GC and JIT count only in the process figure).
 */
final class CpuUse {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<String, Predicate<String>> groups = new LinkedHashMap<>();

    CpuUse(int schedulerPort, int indexerPort) {
        groups.put("gateway", name -> name.startsWith("reactor-"));
        groups.put("scheduler HTTP", name -> name.startsWith("http-nio-" + schedulerPort + "-"));
        groups.put("indexer HTTP", name -> name.startsWith("http-nio-" + indexerPort + "-"));
        groups.put("load generator", name -> name.startsWith("bench-jobs-"));
    }

    record Reading(long wallNanos, long machineBusyTicks, long machineTotalTicks, long processNanos,
            Map<String, Long> groupNanos, Map<String, Long> byThreadName) {

        /** The busiest kinds of thread (names without their numbers), per cent of one core, busiest first. */
        Map<String, Double> busiestSince(Reading earlier, int count) {
            double wall = wallNanos - earlier.wallNanos;
            Map<String, Double> busiest = new LinkedHashMap<>();
            byThreadName.entrySet().stream()
                    .map(kind -> Map.entry(kind.getKey(),
                            100.0 * (kind.getValue() - earlier.byThreadName.getOrDefault(kind.getKey(), 0L)) / wall))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(count)
                    .forEach(kind -> busiest.put(kind.getKey(), kind.getValue()));
            return busiest;
        }

        /** Per cent of one core, over the interval since {@code earlier}. */
        Map<String, Double> percentSince(Reading earlier) {
            double wall = wallNanos - earlier.wallNanos;
            int cores = Runtime.getRuntime().availableProcessors();
            Map<String, Double> use = new LinkedHashMap<>();
            long busy = machineBusyTicks - earlier.machineBusyTicks;
            long total = machineTotalTicks - earlier.machineTotalTicks;
            use.put("machine", total == 0 ? 0 : 100.0 * cores * busy / total);
            use.put("process", 100.0 * (processNanos - earlier.processNanos) / wall);
            long grouped = 0;
            for (var group : groupNanos.entrySet()) {
                long spent = group.getValue() - earlier.groupNanos.getOrDefault(group.getKey(), 0L);
                use.put(group.getKey(), 100.0 * spent / wall);
                grouped += spent;
            }
            use.put("other threads", use.get("process") - 100.0 * grouped / wall);
            return use;
        }
    }

    Reading read() {
        Map<String, Long> spent = new LinkedHashMap<>();
        Map<String, Long> byName = new LinkedHashMap<>();
        groups.keySet().forEach(group -> spent.put(group, 0L));
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] == null) {
                continue;
            }
            String name = infos[i].getThreadName();
            long cpu = Math.max(0, threads.getThreadCpuTime(ids[i]));
            byName.merge(name.replaceAll("[-#0-9]+$", ""), cpu, Long::sum);
            groups.entrySet().stream().filter(group -> group.getValue().test(name)).findFirst()
                    .ifPresent(group -> spent.merge(group.getKey(), cpu, Long::sum));
        }
        long[] machine = machineTicks();
        return new Reading(System.nanoTime(), machine[0], machine[1], os.getProcessCpuTime(), spent, byName);
    }

    /** Busy and total jiffies of all cores from /proc/stat; zeros where there is none. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] values = Arrays.stream(fields, 1, fields.length).mapToLong(Long::parseLong).toArray();
            long total = Arrays.stream(values, 0, Math.min(8, values.length)).sum();
            long idle = values[3] + values[4];
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
