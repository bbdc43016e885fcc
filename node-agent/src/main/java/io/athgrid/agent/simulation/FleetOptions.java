package io.athgrid.agent.simulation;

import io.athgrid.agent.registry.Backoff;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.web3j.crypto.ECKeyPair;

/**
 * How to run a SIMULATED fleet.
 *
 * @param registryUrl base URL of the registry API, e.g. {@code http://localhost:8080/api/registry}
 * @param chainId the chain id the registrations are signed for (EIP-712 domain)
 * @param ownerKeys the owners' keys; host n belongs to owner {@code (n-1) % ownerKeys.size()}
 * @param size how many hosts
 * @param seed makes the hosts' hardware, regions and prices reproducible
 * @param heartbeatInterval the interval heartbeats are spread over until the registry names its own
 * @param registrationConcurrency how many registrations may be in flight at once
 * @param schedulerThreads threads of the shared heartbeat scheduler
 * @param backoffInitial first retry delay after a failure (doubling, with jitter, up to backoffCap)
 * @param backoffCap longest retry delay
 * @param impostors how many hosts claim GPUs they lack: the first this many with at least 2 GPUs
 *                  register their full configuration but have half its GPUs (capacity checks catch them)
 * @param maasUrl base URL of maas-service's API, e.g. {@code http://localhost:8080/api/maas}: serving hosts
 *                run SIMULATED engines for the replicas it assigns to them; empty runs no engines
 */
public record FleetOptions(URI registryUrl, long chainId, List<ECKeyPair> ownerKeys, int size, long seed,
        Duration heartbeatInterval, int registrationConcurrency, int schedulerThreads, Duration backoffInitial,
        Duration backoffCap, int impostors, Optional<URI> maasUrl) {

    public FleetOptions {
        ownerKeys = List.copyOf(ownerKeys);
        Objects.requireNonNull(maasUrl, "maasUrl");
        if (ownerKeys.isEmpty()) {
            throw new IllegalArgumentException("a fleet needs at least one owner key");
        }
        if (size < 1 || registrationConcurrency < 1 || schedulerThreads < 1) {
            throw new IllegalArgumentException("size, registration concurrency and scheduler threads must be positive");
        }
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("the heartbeat interval must be positive");
        }
        if (impostors < 0 || impostors > size) {
            throw new IllegalArgumentException("impostors must be 0 to the fleet's size");
        }
    }

    /** A fleet of honest hosts that run no engines. */
    public FleetOptions(URI registryUrl, long chainId, List<ECKeyPair> ownerKeys, int size, long seed,
            Duration heartbeatInterval, int registrationConcurrency, int schedulerThreads, Duration backoffInitial,
            Duration backoffCap) {
        this(registryUrl, chainId, ownerKeys, size, seed, heartbeatInterval, registrationConcurrency, schedulerThreads,
                backoffInitial, backoffCap, 0, Optional.empty());
    }

    /** The defaults: 60 s heartbeats, 16 registrations in flight, 4 scheduler threads, backoff 1 s .. 60 s, no engines. */
    public static FleetOptions of(URI registryUrl, long chainId, List<ECKeyPair> ownerKeys, int size, long seed) {
        return new FleetOptions(registryUrl, chainId, ownerKeys, size, seed, Duration.ofSeconds(60), 16, 4,
                Backoff.DEFAULT_INITIAL, Backoff.DEFAULT_CAP);
    }

    public FleetOptions withHeartbeatInterval(Duration interval) {
        return new FleetOptions(registryUrl, chainId, ownerKeys, size, seed, interval, registrationConcurrency,
                schedulerThreads, backoffInitial, backoffCap, impostors, maasUrl);
    }

    public FleetOptions withBackoff(Duration initial, Duration cap) {
        return new FleetOptions(registryUrl, chainId, ownerKeys, size, seed, heartbeatInterval, registrationConcurrency,
                schedulerThreads, initial, cap, impostors, maasUrl);
    }

    /** The first {@code count} hosts with at least 2 GPUs claim twice the GPUs they have. */
    public FleetOptions withImpostors(int count) {
        return new FleetOptions(registryUrl, chainId, ownerKeys, size, seed, heartbeatInterval, registrationConcurrency,
                schedulerThreads, backoffInitial, backoffCap, count, maasUrl);
    }

    /** Serving hosts run SIMULATED engines for the replicas maas-service (its API at {@code url}) assigns to them. */
    public FleetOptions withMaasUrl(URI url) {
        return new FleetOptions(registryUrl, chainId, ownerKeys, size, seed, heartbeatInterval, registrationConcurrency,
                schedulerThreads, backoffInitial, backoffCap, impostors, Optional.of(url));
    }
}
