package io.athgrid.agent.testing;

import io.athgrid.agent.heartbeat.HeartbeatRuntime;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;

/** A heartbeat runtime for tests: the real client and clock, with a backoff of milliseconds instead of seconds. */
public final class FastRuntime {

    private FastRuntime() {
    }

    public static HeartbeatRuntime against(URI registryUrl, ScheduledExecutorService scheduler) {
        return new HeartbeatRuntime(new RegistryClient(RegistryClient.newHttpClient(), registryUrl, Duration.ofSeconds(5)),
                scheduler, Clock.systemUTC(), new Backoff(Duration.ofMillis(10), Duration.ofMillis(80), new SplittableRandom(3)));
    }
}
