package io.athgrid.agent.simulation;

import io.athgrid.agent.engine.EngineAddress;
import io.athgrid.agent.engine.EngineSupervision;
import io.athgrid.agent.engine.EngineSupervisor;
import io.athgrid.agent.engine.HttpEngineChannel;
import io.athgrid.agent.enrolment.OwnerApproval;
import io.athgrid.agent.enrolment.RegisteredContainer;
import io.athgrid.agent.enrolment.RegistrationAttempts;
import io.athgrid.agent.enrolment.RegistrationAttempts.RegistrationRefusedException;
import io.athgrid.agent.enrolment.Registrations;
import io.athgrid.agent.enrolment.StateDirectory.PendingRegistration;
import io.athgrid.agent.heartbeat.DaemonScheduler;
import io.athgrid.agent.heartbeat.HeartbeatListener;
import io.athgrid.agent.heartbeat.HeartbeatLoop;
import io.athgrid.agent.heartbeat.HeartbeatRuntime;
import io.athgrid.agent.inventory.GpuInventory;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryClient;
import io.athgrid.agent.workload.RunningEngine;
import io.athgrid.agent.workload.simulated.SimulatedWorkloadRuntime;
import io.athgrid.protocol.container.ContainerRegistration;
import io.athgrid.protocol.container.RegisterContainerRequest;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * A SIMULATED fleet of GPU hosts in one process, for the local run and load tests: each host is
 * registered by the same code as a real agent (signed by its owner's key and its own node key) and
 * then heartbeats through one shared HTTP client and a small scheduler, its first heartbeat placed
 * in its own slot of the interval so the fleet's load is even.
 *
 * <pre>{@code
 * try (SimulatedFleet fleet = SimulatedFleet.start(FleetOptions.of(
 *         URI.create("http://localhost:8080/api/registry"), 421614, anvilOwnerKeys, 1000, 42))) {
 *     fleet.awaitRegistered(Duration.ofMinutes(2));
 *     fleet.stop(fleet.containerIds().subList(0, 10));   // ten hosts go offline
 *     fleet.resume(fleet.containerIds().subList(0, 10)); // and come back
 * }
 * }</pre>
 *
 * Node keys live in memory only: a new fleet is a new set of node keys (the hardware, derived from
 * the seed, is the same, so against a registry that kept its data use another seed).
 *
 * <p>Simulated checkers in the same process read each host's ground truth through {@link #host}:
 * whether it heartbeats, and the GPUs it has, which for an impostor ({@link FleetOptions#impostors()})
 * are half of those it registered.
 *
 * <p>With a maas URL ({@link FleetOptions#maasUrl()}), each SERVING host asks maas-service which
 * engines to run and runs them as SIMULATED engines on loopback ports of this process (all hosts
 * share one {@link SimulatedWorkloadRuntime}, the HTTP client and the scheduler); {@link #engines}
 * shows them. A stopped host stops its engines; closing the fleet stops every engine.
 */
public final class SimulatedFleet implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SimulatedFleet.class.getName());

    private final FleetOptions options;
    private final List<SimulatedHostSpec> hosts;
    private final FleetCounters counters = new FleetCounters();
    private final Map<String, HeartbeatLoop> loops = new ConcurrentHashMap<>();
    private final Map<String, EngineSupervisor> supervisors = new ConcurrentHashMap<>();
    private final Map<String, ContainerRegistration> registrations = new ConcurrentHashMap<>();
    private final Map<Integer, String> idsByHostNumber = new ConcurrentSkipListMap<>();
    private final Map<String, SimulatedHostSpec> specsById = new ConcurrentHashMap<>();
    private final Set<Integer> impostorNumbers;
    private final CountDownLatch attempted;
    private final ExecutorService registering;
    private final ScheduledExecutorService scheduler;
    private final HeartbeatRuntime runtime;
    private final ExecutorService engineWork;
    private final Optional<EngineSupervision> engines;
    private final SplittableRandom startJitter;

    private SimulatedFleet(FleetOptions options) {
        this.options = options;
        this.hosts = FleetSpecGenerator.generate(options.seed(), options.size());
        this.impostorNumbers = hosts.stream().filter(host -> host.host().gpus().count() >= 2).limit(options.impostors())
                .map(SimulatedHostSpec::number).collect(Collectors.toUnmodifiableSet());
        this.attempted = new CountDownLatch(options.size());
        this.registering = Executors.newFixedThreadPool(options.registrationConcurrency(),
                DaemonScheduler.daemonThreads("simulated-fleet-registration"));
        this.scheduler = DaemonScheduler.create("simulated-fleet-heartbeat", options.schedulerThreads());
        this.startJitter = new SplittableRandom(options.seed() ^ 0x5eedL);
        Backoff backoff = new Backoff(options.backoffInitial(), options.backoffCap(), new SplittableRandom(options.seed()));
        HttpClient http = RegistryClient.newHttpClient();
        RegistryClient registry = new RegistryClient(http, options.registryUrl(), Duration.ofSeconds(30));
        this.runtime = new HeartbeatRuntime(registry, scheduler, Clock.systemUTC(), backoff);
        this.engineWork = Executors.newCachedThreadPool(DaemonScheduler.daemonThreads("simulated-fleet-engine"));
        SimulatedWorkloadRuntime workloads = new SimulatedWorkloadRuntime();
        this.engines = options.maasUrl().map(url -> new EngineSupervision(new HttpEngineChannel(http, url, Duration.ofSeconds(30)),
                workloads, EngineAddress.asStarted(), scheduler, engineWork, runtime.clock(), backoff,
                EngineSupervision.DEFAULT_POLL_INTERVAL));
    }

    /** Generates the fleet from the seed and starts registering it (at most registrationConcurrency at once). */
    public static SimulatedFleet start(FleetOptions options) {
        SimulatedFleet fleet = new SimulatedFleet(options);
        LOG.log(Level.INFO, "simulated fleet: registering {0} simulated hosts of {1} owners at {2}", options.size(),
                options.ownerKeys().size(), options.registryUrl());
        options.maasUrl().ifPresent(url -> LOG.log(Level.INFO, "simulated fleet: serving hosts run SIMULATED engines for the "
                + "replicas {0} assigns to them", url));
        fleet.hosts.forEach(host -> fleet.registering.submit(() -> fleet.enrol(host)));
        return fleet;
    }

    /** Waits until every host is registered or refused; true when all are registered. */
    public boolean awaitRegistered(Duration timeout) throws InterruptedException {
        return attempted.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && counters.registered() == options.size();
    }

    /** The registered containers' ids, in the order of the hosts' numbers. */
    public List<String> containerIds() {
        return List.copyOf(idsByHostNumber.values());
    }

    /** What each registered container was registered with, by container id. */
    public Map<String, ContainerRegistration> registrations() {
        return Map.copyOf(registrations);
    }

    /** These hosts stop heartbeating and stop their engines, as if they went down. Unknown ids are ignored. */
    public void stop(Collection<String> containerIds) {
        containerIds.forEach(id -> {
            HeartbeatLoop loop = loops.get(id);
            if (loop != null) {
                loop.pause();
                counters.paused(id);
            }
            EngineSupervisor supervisor = supervisors.get(id);
            if (supervisor != null) {
                supervisor.halt();
            }
        });
    }

    /** Stopped hosts heartbeat again, starting within a second; their engines start again once they are SERVING. */
    public void resume(Collection<String> containerIds) {
        containerIds.forEach(id -> {
            HeartbeatLoop loop = loops.get(id);
            if (loop != null) {
                loop.start(Duration.ofMillis(nextJitter(1000)));
            }
        });
    }

    public FleetCounters counters() {
        return counters;
    }

    /**
     * The ground truth of a registered host of this fleet (what simulated checkers read instead of
     * probing), or empty for a container this fleet did not register.
     */
    public Optional<SimulatedHostState> host(String containerId) {
        SimulatedHostSpec spec = specsById.get(containerId);
        if (spec == null) {
            return Optional.empty();
        }
        GpuInventory gpus = spec.host().gpus();
        GpuSpec registered = new GpuSpec(gpus.count(), gpus.model());
        GpuSpec actual = impostorNumbers.contains(spec.number()) ? new GpuSpec(gpus.count() / 2, gpus.model()) : registered;
        HeartbeatLoop loop = loops.get(containerId);
        return Optional.of(new SimulatedHostState(containerId, spec.number(), spec.offer().endpoint(), registered, actual,
                gpus.vramGbPerGpu(), loop != null && loop.isRunning()));
    }

    /** The registered containers that claim GPUs they lack ({@link FleetOptions#impostors()}), in host order. */
    public List<String> impostors() {
        return idsByHostNumber.entrySet().stream().filter(entry -> impostorNumbers.contains(entry.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /**
     * The SIMULATED engines running on a container of this fleet now, by replica id (each a
     * {@link SimulatedWorkloadRuntime.SimulatedRunningEngine}); empty for a container without engines,
     * one this fleet did not register, or a fleet without a maas URL.
     */
    public Map<String, RunningEngine> engines(String containerId) {
        EngineSupervisor supervisor = supervisors.get(containerId);
        return supervisor == null ? Map.of() : supervisor.engines();
    }

    /** Stops registering, heartbeating and every engine; the fleet cannot be started again. */
    @Override
    public void close() {
        registering.shutdownNow();
        loops.values().forEach(HeartbeatLoop::close);
        supervisors.values().forEach(EngineSupervisor::close);
        scheduler.shutdownNow();
        engineWork.shutdownNow();
        LOG.log(Level.INFO, "simulated fleet: closed ({0})", counters);
    }

    private void enrol(SimulatedHostSpec host) {
        try {
            ECKeyPair owner = options.ownerKeys().get((host.number() - 1) % options.ownerKeys().size());
            ECKeyPair nodeKey = Keys.createEcKeyPair();
            ContainerRegistration registration = Registrations.of(host.host(), host.offer(), KeyFile.address(owner),
                    KeyFile.address(nodeKey), runtime.clock().instant());
            Supplier<RegisterContainerRequest> signed = new OwnerApproval.OwnerKey(owner)
                    .requests(new PendingRegistration(options.chainId(), registration), nodeKey, runtime.clock());
            AtomicReference<RegisterContainerRequest> sent = new AtomicReference<>();
            RegisteredContainer container = new RegistrationAttempts(runtime.registry(), runtime.backoff(), counters.registrationRetries())
                    .register("simulated host sim-" + host.number(), () -> {
                        sent.set(signed.get());
                        return sent.get();
                    });
            registrations.put(container.containerId(), sent.get().registration());
            specsById.put(container.containerId(), host);
            idsByHostNumber.put(host.number(), container.containerId());
            HeartbeatListener listener = counters;
            if (engines.isPresent()) {
                EngineSupervisor supervisor = engines.get().supervisor("simulated host sim-" + host.number(),
                        container.containerId(), nodeKey);
                supervisors.put(container.containerId(), supervisor);
                listener = HeartbeatListener.both(counters, supervisor);
            }
            HeartbeatLoop loop = runtime.loop(container.containerId(), nodeKey, options.heartbeatInterval(), listener);
            loops.put(container.containerId(), loop);
            counters.countRegistered();
            loop.start(firstHeartbeatDelay(host.number()));
        } catch (RegistrationRefusedException e) {
            counters.refused(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (GeneralSecurityException | RuntimeException e) {
            counters.refused(e.toString());
        } finally {
            attempted.countDown();
        }
    }

    /** Host n's slot of the interval, with a random place inside the slot. */
    private Duration firstHeartbeatDelay(int number) {
        long intervalMillis = options.heartbeatInterval().toMillis();
        long slot = Math.max(intervalMillis / options.size(), 1);
        return Duration.ofMillis(intervalMillis * (number - 1) / options.size() + nextJitter(slot));
    }

    private synchronized long nextJitter(long bound) {
        return startJitter.nextLong(Math.max(bound, 1));
    }
}
