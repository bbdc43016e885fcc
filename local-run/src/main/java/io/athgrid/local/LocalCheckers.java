package io.athgrid.local;

import io.athgrid.agent.simulation.SimulatedFleet;
import io.athgrid.agent.simulation.checker.CheckerLicenseSetup;
import io.athgrid.agent.simulation.checker.CheckerOwnerKeys;
import io.athgrid.agent.simulation.checker.SimulatedCheckers;
import io.athgrid.agent.simulation.checker.SimulatedCheckersOptions;
import io.athgrid.testsupport.host.Waiting;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import tools.jackson.databind.JsonNode;

/**
 * The local run's checker network: node-agent's SIMULATED checkers, each the real checker client with a
 * burner wallet, verifying the simulated fleet through the gateway. The operator mints one CheckerLicense
 * per checker on anvil to development owner wallets (never a fleet owner), the owners delegate them to
 * the burners, and the checkers start polling once checker-service has mirrored every delegation.
 */
final class LocalCheckers {

    /** Same seed, same license owners every run (the chain is new each run). */
    private static final long SEED = 421_614;
    private static final int LICENSE_OWNERS = 10;
    private static final Duration LICENSE_VALIDITY = Duration.ofDays(365);
    private static final Duration MIRROR_TIMEOUT = Duration.ofMinutes(2);
    /**
     * Threads the checkers' probes and report submissions share. At start 1,000 hosts wait for their capacity
     * check while liveness checks begin (about 100 seats a second for a while); a seat not answered within 20 s
     * goes to another checker, and a job whose seats went unanswered has no majority, which costs the lone
     * reporter an incorrect result.
     */
    private static final int PROBE_THREADS = 16;

    private LocalCheckers() {
    }

    static SimulatedCheckers start(RunningPlatform platform, LocalInfrastructure infrastructure, LocalOptions options,
            SimulatedFleet fleet, OperatorCalls calls) {
        SimulatedCheckers checkers = new SimulatedCheckers(SimulatedCheckersOptions.of(URI.create(platform.gatewayUrl()),
                infrastructure.anvil.chainId(), options.checkers()).withLiars(options.lyingCheckers())
                .withProbeThreads(PROBE_THREADS), fleet::host);
        Web3j web3j = Web3j.build(new HttpService(infrastructure.anvil.rpcUrl()));
        try {
            new CheckerLicenseSetup(web3j, infrastructure.anvil.chainId(),
                    Credentials.create(infrastructure.anvil.devPrivateKeys().get(0)), infrastructure.contracts.checkerLicense())
                    .delegate(CheckerOwnerKeys.derive(SEED, LICENSE_OWNERS), checkers.burners(), LICENSE_VALIDITY);
            awaitMirrored(checkers, calls, platform.servicePort("checker-service"));
            checkers.start();
            return checkers;
        } catch (RuntimeException e) {
            checkers.close();
            throw e;
        } finally {
            web3j.shutdown();
        }
    }

    /** Checkers polling before checker-service knows their licenses would be refused and back off for a minute. */
    private static void awaitMirrored(SimulatedCheckers checkers, OperatorCalls calls, int checkerPort) {
        Set<String> burners = new HashSet<>(checkers.burners());
        int[] delegated = new int[1];
        boolean mirrored = Waiting.until(() -> {
            delegated[0] = 0;
            for (JsonNode license : calls.get(checkerPort, "/licenses")) {
                if (burners.contains(license.path("signer").asString().toLowerCase(Locale.ROOT))) {
                    delegated[0]++;
                }
            }
            return delegated[0] == burners.size();
        }, () -> true, MIRROR_TIMEOUT);
        if (!mirrored) {
            throw new IllegalStateException("checker-service mirrored " + delegated[0] + " of " + burners.size()
                    + " checker license delegations within " + MIRROR_TIMEOUT.toMinutes() + " minutes");
        }
    }
}
