package io.athgrid.local;

import io.athgrid.agent.simulation.FleetOptions;
import io.athgrid.agent.simulation.SimulatedFleet;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;

/**
 * The local run's GPU providers: node-agent's simulation mode, a fleet of simulated containers
 * that register through the gateway with anvil's dev accounts as owners and then heartbeat; a host
 * serving a model deployment's replica runs a SIMULATED inference engine for it.
 */
final class LocalFleet {

    /** Each run starts from a clean database, so the same seed gives the same fleet every time. */
    private static final long SEED = 421_614;
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofMinutes(5);

    private LocalFleet() {
    }

    static SimulatedFleet start(RunningPlatform platform, LocalInfrastructure infrastructure, LocalOptions options) {
        // Dev account 0 is the operator; the other nine own the containers.
        List<ECKeyPair> owners = infrastructure.anvil.devPrivateKeys().stream().skip(1)
                .map(key -> Credentials.create(key).getEcKeyPair())
                .toList();
        SimulatedFleet fleet = SimulatedFleet.start(FleetOptions.of(
                        URI.create(platform.gatewayUrl() + "/api/registry"), infrastructure.anvil.chainId(), owners,
                        options.fleetSize(), SEED)
                .withHeartbeatInterval(options.heartbeatInterval())
                .withImpostors(options.impostors())
                // Serving hosts ask maas-service which inference engines to run and start SIMULATED ones.
                .withMaasUrl(URI.create(platform.gatewayUrl() + "/api/maas")));
        try {
            if (!fleet.awaitRegistered(REGISTRATION_TIMEOUT)) {
                throw new IllegalStateException("only " + fleet.counters().registered() + " of " + options.fleetSize()
                        + " simulated containers registered within " + REGISTRATION_TIMEOUT.toMinutes() + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fleet.close();
            throw new IllegalStateException("interrupted while the simulated fleet registered", e);
        } catch (RuntimeException e) {
            fleet.close();
            throw e;
        }
        return fleet;
    }
}
