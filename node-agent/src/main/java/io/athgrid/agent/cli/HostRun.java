package io.athgrid.agent.cli;

import io.athgrid.agent.enrolment.OwnerApproval;
import io.athgrid.agent.enrolment.StateDirectory;
import io.athgrid.agent.heartbeat.DaemonScheduler;
import io.athgrid.agent.heartbeat.HeartbeatRuntime;
import io.athgrid.agent.host.HostAgent;
import io.athgrid.agent.inventory.InventorySource;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryClient;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/** Runs one host's agent until SIGINT/SIGTERM, the same way for a real and a simulated host. */
final class HostRun {

    private HostRun() {
    }

    static int run(String label, StateDirectory state, InventorySource inventory, URI registryUrl,
            Optional<OwnerApproval> approval) throws InterruptedException {
        ScheduledExecutorService scheduler = DaemonScheduler.create("heartbeat", 1);
        RegistryClient registry = new RegistryClient(RegistryClient.newHttpClient(), registryUrl, Duration.ofSeconds(30));
        HeartbeatRuntime runtime = new HeartbeatRuntime(registry, scheduler, Clock.systemUTC(),
                new Backoff(Backoff.DEFAULT_INITIAL, Backoff.DEFAULT_CAP, new SecureRandom()));
        HostAgent agent = new HostAgent(label, state, inventory, runtime);
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
        }
    }
}
