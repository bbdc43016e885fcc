package io.athgrid.agent.checker;

import io.athgrid.agent.heartbeat.DaemonScheduler;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;

/** A checker runtime for tests: the real HTTP client and clock, polls every 50 ms and a backoff of milliseconds. */
public final class FastCheckerRuntime {

    private FastCheckerRuntime() {
    }

    public static CheckerRuntime against(URI platform) {
        return new CheckerRuntime(new CheckerApi(RegistryClient.newHttpClient(), platform, Duration.ofSeconds(5)),
                DaemonScheduler.create("test-checker-poll", 2),
                Executors.newFixedThreadPool(2, DaemonScheduler.daemonThreads("test-checker-probe")), Clock.systemUTC(),
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(80), new SplittableRandom(5)), Duration.ofMillis(50));
    }

    public static void shutdown(CheckerRuntime runtime) {
        runtime.scheduler().shutdownNow();
        runtime.probes().shutdownNow();
    }
}
