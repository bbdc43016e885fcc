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
 * @param capacityApprovalStandIn whether {@link LocalCapacityApproval} moves the registered fleet to STANDBY,
 *                          standing in for checker-service and staking-service; off once those do it
 * @param stakingEpochLength how long a staking epoch lasts here: minutes, not the design's week, so a newcomer
 *                          sees stake earn, rewards close and roots settle while watching
 */
record LocalOptions(Path workDirectory, boolean fixedPorts, boolean echoProgress, List<String> gatewayArguments,
        int fleetSize, Duration heartbeatInterval, boolean capacityApprovalStandIn, Duration stakingEpochLength) {

    static final int FLEET_SIZE = 1000;
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(60);
    static final Duration STAKING_EPOCH_LENGTH = Duration.ofMinutes(5);

    static final int GATEWAY_PORT = 8080;
    static final int KAFKA_PORT = 9092;
    static final int ANVIL_PORT = 8545;
    static final int POSTGRES_PORT = 15432;

    /** With the stand-in approval on: without it nothing would make the simulated fleet matchable. */
    LocalOptions(Path workDirectory, boolean fixedPorts, boolean echoProgress, List<String> gatewayArguments,
            int fleetSize, Duration heartbeatInterval) {
        this(workDirectory, fixedPorts, echoProgress, gatewayArguments, fleetSize, heartbeatInterval, true,
                STAKING_EPOCH_LENGTH);
    }

    LocalOptions withStakingEpochLength(Duration length) {
        return new LocalOptions(workDirectory, fixedPorts, echoProgress, gatewayArguments, fleetSize, heartbeatInterval,
                capacityApprovalStandIn, length);
    }

    int port(int fixed) {
        return fixedPorts ? fixed : 0;
    }
}
