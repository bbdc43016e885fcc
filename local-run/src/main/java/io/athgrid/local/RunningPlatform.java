package io.athgrid.local;

import io.athgrid.agent.simulation.SimulatedFleet;
import io.athgrid.agent.simulation.checker.SimulatedCheckers;
import io.athgrid.contracts.deploy.DevnetContracts;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/** The platform as started: where to reach it, and how to stop all of it in reverse order. */
public final class RunningPlatform implements AutoCloseable {

    private final LocalInfrastructure infrastructure;
    private final Deque<ConfigurableApplicationContext> contexts = new ArrayDeque<>();
    private final Map<String, Integer> servicePorts = new LinkedHashMap<>();
    private int gatewayPort;
    private SimulatedFleet fleet;
    private SimulatedCheckers checkers;
    private boolean closed;

    RunningPlatform(LocalInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    void serviceStarted(String name, ConfigurableApplicationContext context) {
        contexts.push(context);
        servicePorts.put(name, context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    void gatewayStarted(ConfigurableApplicationContext context) {
        contexts.push(context);
        gatewayPort = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    void fleetStarted(SimulatedFleet started) {
        fleet = started;
    }

    void checkersStarted(SimulatedCheckers started) {
        checkers = started;
    }

    /** The simulated checkers, if the run has any. */
    public SimulatedCheckers checkers() {
        return checkers;
    }

    /** The simulated GPU containers, if the run has any. */
    public SimulatedFleet fleet() {
        return fleet;
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public int servicePort(String name) {
        return servicePorts.get(name);
    }

    /** anvil's public development keys: #0 is the operator, the others own the simulated fleet. */
    public List<String> devPrivateKeys() {
        return infrastructure.anvil.devPrivateKeys();
    }

    public String rpcUrl() {
        return infrastructure.anvil.rpcUrl();
    }

    public String athTokenAddress() {
        return infrastructure.contracts.athToken();
    }

    /** The devnet contracts deployed on the run's anvil. */
    public DevnetContracts contracts() {
        return infrastructure.contracts;
    }

    public long chainId() {
        return infrastructure.anvil.chainId();
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafka.bootstrapServers();
    }

    public String jdbcUrl() {
        return infrastructure.database.jdbcUrl();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (checkers != null) {
            checkers.close();
        }
        if (fleet != null) {
            fleet.close();
        }
        while (!contexts.isEmpty()) {
            contexts.pop().close();
        }
        infrastructure.close();
    }
}
