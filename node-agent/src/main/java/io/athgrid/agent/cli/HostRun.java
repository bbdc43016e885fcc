package io.athgrid.agent.cli;

import io.athgrid.agent.engine.EngineAddress;
import io.athgrid.agent.engine.EngineSupervision;
import io.athgrid.agent.engine.HttpEngineChannel;
import io.athgrid.agent.enrolment.OwnerApproval;
import io.athgrid.agent.enrolment.StateDirectory;
import io.athgrid.agent.heartbeat.DaemonScheduler;
import io.athgrid.agent.heartbeat.HeartbeatRuntime;
import io.athgrid.agent.host.HostAgent;
import io.athgrid.agent.inventory.InventorySource;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryClient;
import io.athgrid.agent.workload.WorkloadRuntime;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs one host's agent until SIGINT/SIGTERM, the same way for a real and a simulated host: heartbeats,
 * and the engines maas-service assigns while the container is SERVING (stopped on the way out).
 */
final class HostRun {

    private HostRun() {
    }

    static int run(String label, StateDirectory state, InventorySource inventory, PlatformOptions platform,
            WorkloadRuntime workloads, EngineAddress address, Optional<OwnerApproval> approval) throws InterruptedException {
        ScheduledExecutorService scheduler = DaemonScheduler.create("heartbeat", 1);
        // Engine starts block until the engine is healthy (minutes for vLLM); each gets its own thread.
        ExecutorService engineWork = Executors.newCachedThreadPool(DaemonScheduler.daemonThreads("engine"));
        HttpClient http = RegistryClient.newHttpClient();
        Clock clock = Clock.systemUTC();
        Backoff backoff = new Backoff(Backoff.DEFAULT_INITIAL, Backoff.DEFAULT_CAP, new SecureRandom());
        HeartbeatRuntime runtime = new HeartbeatRuntime(new RegistryClient(http, platform.registryUrl(), Duration.ofSeconds(30)),
                scheduler, clock, backoff);
        EngineSupervision engines = new EngineSupervision(new HttpEngineChannel(http, platform.maasUrl(), Duration.ofSeconds(30)),
                workloads, address, scheduler, engineWork, clock, backoff, EngineSupervision.DEFAULT_POLL_INTERVAL);
        HostAgent agent = new HostAgent(label, state, inventory, runtime, Optional.of(engines));
        Thread main = Thread.currentThread();
        try (SignalShutdown shutdown = SignalShutdown.register(label + ": stopping", () -> {
            agent.close();
            // Wakes the main thread if it is waiting out a backoff between registration attempts.
            main.interrupt();
        })) {
            agent.run(approval);
            return 0;
        } catch (InterruptedException stopping) {
            return 0;
        } finally {
            scheduler.shutdownNow();
            engineWork.shutdownNow();
        }
    }
}
