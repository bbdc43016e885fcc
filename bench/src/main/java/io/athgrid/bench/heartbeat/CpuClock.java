package io.athgrid.bench.heartbeat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * CPU time spent by the registry's HTTP threads (Tomcat's {@code http-nio-*}: acceptor, poller and
 * workers, where heartbeats are parsed and verified) and by the whole process, which also runs the
 * load generator, Kafka and the offline sweeper.
 */
final class CpuClock {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    record Reading(long serverThreadsNanos, long processNanos, long wallNanos) {

        Reading minus(Reading earlier) {
            return new Reading(serverThreadsNanos - earlier.serverThreadsNanos, processNanos - earlier.processNanos,
                    wallNanos - earlier.wallNanos);
        }
    }

    Reading read() {
        long server = Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(info -> info != null && info.getThreadName().startsWith("http-nio-"))
                .mapToLong(info -> Math.max(0, threads.getThreadCpuTime(info.getThreadId())))
                .sum();
        return new Reading(server, os.getProcessCpuTime(), System.nanoTime());
    }
}
