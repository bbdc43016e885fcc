package io.athgrid.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where the local run puts things. Fixed ports for people (the URLs in the README); any free port
 * for tests, so they can run beside a local run.
 *
 * @param gatewayArguments extra settings for the gateway, e.g. the limits a test needs
 * @param fleetSize        how many simulated GPU containers register and heartbeat (0: none)
 * @param heartbeatInterval how often they heartbeat, and what the registry expects
 * @param stakingEpochLength how long a staking epoch lasts here: minutes, not the design's week, so a newcomer
 *                          sees stake earn, rewards close and roots settle while watching
 * @param checkers          how many simulated checkers verify the fleet (0: none, and the fleet stays CHECKING)
 * @param lyingCheckers     how many of them report the opposite of what they find
 * @param impostors         how many simulated hosts claim twice the GPUs they have
 * @param slashDisputeWindow how long a slash proposal waits for its owner's dispute: minutes here, not the
 *                          design's 72 hours, so a newcomer sees an impostor's bond slashed
 */
record LocalOptions(Path workDirectory, boolean fixedPorts, boolean echoProgress, List<String> gatewayArguments,
        int fleetSize, Duration heartbeatInterval, Duration stakingEpochLength, int checkers, int lyingCheckers,
        int impostors, Duration slashDisputeWindow) {

    static final int FLEET_SIZE = 1000;
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(60);
    static final Duration STAKING_EPOCH_LENGTH = Duration.ofMinutes(5);
    static final int CHECKERS = 100;
    static final int LYING_CHECKERS = 2;
    static final int IMPOSTORS = 3;
    static final Duration SLASH_DISPUTE_WINDOW = Duration.ofMinutes(5);

    static final int GATEWAY_PORT = 8080;
    static final int KAFKA_PORT = 9092;
    static final int ANVIL_PORT = 8545;
    static final int POSTGRES_PORT = 15432;

    /** With the local run's checker network: 100 checkers (2 lying) and 3 impostors among the hosts. */
    LocalOptions(Path workDirectory, boolean fixedPorts, boolean echoProgress, List<String> gatewayArguments,
            int fleetSize, Duration heartbeatInterval) {
        this(workDirectory, fixedPorts, echoProgress, gatewayArguments, fleetSize, heartbeatInterval,
                STAKING_EPOCH_LENGTH, CHECKERS, LYING_CHECKERS, IMPOSTORS, SLASH_DISPUTE_WINDOW);
    }

    LocalOptions withStakingEpochLength(Duration length) {
        return new LocalOptions(workDirectory, fixedPorts, echoProgress, gatewayArguments, fleetSize, heartbeatInterval,
                length, checkers, lyingCheckers, impostors, slashDisputeWindow);
    }

    LocalOptions withCheckers(int count, int lying, int impostorHosts, Duration disputeWindow) {
        return new LocalOptions(workDirectory, fixedPorts, echoProgress, gatewayArguments, fleetSize, heartbeatInterval,
                stakingEpochLength, count, lying, impostorHosts, disputeWindow);
    }

    int port(int fixed) {
        return fixedPorts ? fixed : 0;
    }
}
