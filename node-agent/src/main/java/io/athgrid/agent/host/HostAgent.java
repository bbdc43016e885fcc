package io.athgrid.agent.host;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.engine.EngineSupervision;
import io.athgrid.agent.engine.EngineSupervisor;
import io.athgrid.agent.enrolment.OwnerApproval;
import io.athgrid.agent.enrolment.RegisteredContainer;
import io.athgrid.agent.enrolment.RegistrationAttempts;
import io.athgrid.agent.enrolment.StateDirectory;
import io.athgrid.agent.enrolment.StateDirectory.PendingRegistration;
import io.athgrid.agent.heartbeat.HeartbeatListener;
import io.athgrid.agent.heartbeat.HeartbeatLoop;
import io.athgrid.agent.heartbeat.HeartbeatRuntime;
import io.athgrid.agent.heartbeat.LoggingHeartbeatListener;
import io.athgrid.agent.inventory.InventorySource;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.RetryLog;
import io.athgrid.agent.workload.RunningEngine;
import io.athgrid.protocol.container.ContainerRegistration;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.web3j.crypto.ECKeyPair;

/**
 * One host's agent, real ({@code run}) or simulated ({@code simulate}): registers the pending
 * registration once (unless the state directory holds a container already), then heartbeats until
 * {@link #close()} or until the registry refuses the container. With an engine supervision, it also
 * runs the inference engines maas-service assigns to the container while it is SERVING, and stops
 * them when it stops.
 */
public final class HostAgent implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HostAgent.class.getName());

    private final String label;
    private final StateDirectory state;
    private final InventorySource inventory;
    private final HeartbeatRuntime runtime;
    private final Optional<EngineSupervision> engines;
    private volatile HeartbeatLoop loop;
    private volatile EngineSupervisor supervisor;
    private volatile boolean closed;

    /** A host that heartbeats and runs no engines. */
    public HostAgent(String label, StateDirectory state, InventorySource inventory, HeartbeatRuntime runtime) {
        this(label, state, inventory, runtime, Optional.empty());
    }

    /**
     * @param label how log lines name this host ("host", "simulated host")
     * @param engines how to run the engines assigned to the container; empty runs none
     */
    public HostAgent(String label, StateDirectory state, InventorySource inventory, HeartbeatRuntime runtime,
            Optional<EngineSupervision> engines) {
        this.label = label;
        this.state = state;
        this.inventory = inventory;
        this.runtime = runtime;
        this.engines = engines;
    }

    /**
     * Runs until closed (returns normally) or refused (throws {@link AgentException} with the reason).
     *
     * @param approval the owner's approval; needed only when the host is not registered yet
     */
    public void run(Optional<OwnerApproval> approval) throws InterruptedException {
        ECKeyPair nodeKey = state.nodeKey();
        RegisteredContainer container = state.container().orElse(null);
        if (container == null) {
            container = register(nodeKey, approval);
        } else {
            LOG.log(Level.INFO, "{0}: registered already as container {1}; sending heartbeats", label, container.containerId());
        }
        String containerId = container.containerId();
        EngineSupervisor engineSupervisor = engines.map(supervision -> supervision.supervisor(label, containerId, nodeKey))
                .orElse(null);
        HeartbeatListener logging = new LoggingHeartbeatListener(label);
        HeartbeatLoop started = runtime.loop(containerId, nodeKey, container.heartbeatInterval(),
                engineSupervisor == null ? logging : HeartbeatListener.both(logging, engineSupervisor));
        synchronized (this) {
            if (closed) {
                return;
            }
            loop = started;
            supervisor = engineSupervisor;
            started.start(Duration.ZERO);
        }
        Optional<String> refusal;
        try {
            refusal = started.finished().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            if (engineSupervisor != null) {
                engineSupervisor.close();
            }
        }
        if (refusal.isPresent()) {
            throw new AgentException(label + ": heartbeats stopped: " + refusal.get());
        }
    }

    private RegisteredContainer register(ECKeyPair nodeKey, Optional<OwnerApproval> approval) throws InterruptedException {
        PendingRegistration pending = state.pending().orElseThrow(() -> new AgentException(
                "no registration in " + state.root() + "; run `node-agent registration` first"));
        ContainerRegistration registration = pending.registration();
        String nodeAddress = KeyFile.address(nodeKey);
        if (!registration.nodeKey().equalsIgnoreCase(nodeAddress)) {
            throw new AgentException("the pending registration names node key " + registration.nodeKey() + " but "
                    + state.nodeKeyFile() + " holds " + nodeAddress + "; run `node-agent registration` again");
        }
        String fingerprint = inventory.read().fingerprint();
        if (!registration.fingerprint().equals(fingerprint)) {
            throw new AgentException("the hardware changed since `node-agent registration` (fingerprint " + fingerprint
                    + " instead of " + registration.fingerprint() + "); run it again");
        }
        OwnerApproval owner = approval.orElseThrow(() -> new AgentException(
                "not registered yet: give the owner's approval with --owner-signature or --owner-key-file"));
        var requests = owner.requests(pending, nodeKey, runtime.clock());
        LOG.log(Level.INFO, "{0}: registering {1}x{2} of owner {3} at {4}", label, registration.gpuCount(),
                registration.gpuModel(), registration.owner(), runtime.registry().baseUrl());
        RegisteredContainer container = new RegistrationAttempts(runtime.registry(), runtime.backoff(),
                RetryLog.logger("registration")).register(label, requests);
        state.saveContainer(container);
        LOG.log(Level.INFO, "{0}: registered as container {1} ({2}); heartbeat every {3} s", label, container.containerId(),
                container.status(), container.heartbeatIntervalSeconds());
        return container;
    }

    /** Stops heartbeating and every engine (SIGINT/SIGTERM); {@link #run} returns. */
    @Override
    public void close() {
        EngineSupervisor engineSupervisor;
        synchronized (this) {
            closed = true;
            if (loop != null) {
                loop.close();
            }
            engineSupervisor = supervisor;
        }
        // Outside the lock: stopping vLLM containers takes seconds each.
        if (engineSupervisor != null) {
            engineSupervisor.close();
        }
    }

    /** The engines running now, by replica id (none before the container is known or without engine supervision). */
    public Map<String, RunningEngine> engines() {
        EngineSupervisor engineSupervisor = supervisor;
        return engineSupervisor == null ? Map.of() : engineSupervisor.engines();
    }
}
