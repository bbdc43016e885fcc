package io.athgrid.staking.chain;

import io.athgrid.chain.Addresses;
import io.athgrid.chain.FollowerSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code athgrid.staking.chain.*}: where the chain is and how it is followed. Without an
 * {@code rpc-url} the chain features are off and the service runs on what it mirrored before.
 *
 * @param rpcUrl             JSON-RPC endpoint (anvil, Arbitrum Sepolia or One); unset turns following off
 * @param chainId            the chain the endpoint must answer for (421614: Arbitrum Sepolia and anvil)
 * @param confirmations      a block is applied once this many blocks are on top of it (12)
 * @param pollInterval       pause between polls once caught up (2 s)
 * @param maxBlocksPerPoll   widest eth_getLogs range, and so the most blocks applied in one transaction (2,000)
 * @param startBlock         the first block to read when nothing was followed yet (the contracts' deployment)
 * @param maxReorgDepth      deepest reorg rolled back; a deeper one stops the follower (1,000 blocks)
 * @param athToken           ATH token address (not followed; for the other chain features)
 * @param stakingPools       StakingPools address
 * @param containerBonds     ContainerBonds address
 * @param rewardDistributor  RewardDistributor address
 * @param settlerPrivateKey  the settlement wallet's key (used by settlement; never logged)
 */
@ConfigurationProperties("athgrid.staking.chain")
public record ChainProperties(
        String rpcUrl,
        Long chainId,
        Integer confirmations,
        Duration pollInterval,
        Integer maxBlocksPerPoll,
        Long startBlock,
        Integer maxReorgDepth,
        String athToken,
        String stakingPools,
        String containerBonds,
        String rewardDistributor,
        String settlerPrivateKey) {

    public ChainProperties {
        rpcUrl = rpcUrl == null || rpcUrl.isBlank() ? null : rpcUrl.trim();
        chainId = chainId == null ? 421_614L : chainId;
        confirmations = confirmations == null ? 12 : confirmations;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        maxBlocksPerPoll = maxBlocksPerPoll == null ? 2_000 : maxBlocksPerPoll;
        startBlock = startBlock == null ? 0L : startBlock;
        maxReorgDepth = maxReorgDepth == null ? 1_000 : maxReorgDepth;
        athToken = optionalAddress(athToken, "ath-token");
        stakingPools = optionalAddress(stakingPools, "staking-pools");
        containerBonds = optionalAddress(containerBonds, "container-bonds");
        rewardDistributor = optionalAddress(rewardDistributor, "reward-distributor");
        if (confirmations < 0 || maxBlocksPerPoll < 1 || startBlock < 0 || maxReorgDepth < 1
                || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("athgrid.staking.chain: confirmations and start-block must not be "
                    + "negative, max-blocks-per-poll, max-reorg-depth and poll-interval must be positive");
        }
        if (rpcUrl != null) {
            List<String> missing = new ArrayList<>();
            if (stakingPools == null) {
                missing.add("staking-pools");
            }
            if (containerBonds == null) {
                missing.add("container-bonds");
            }
            if (rewardDistributor == null) {
                missing.add("reward-distributor");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("athgrid.staking.chain.rpc-url is set, so the contracts it follows "
                        + "must be too; missing: " + String.join(", ", missing));
            }
        }
    }

    /** The follower's name: its cursor row and its meters' tag. */
    public static final String FOLLOWER = "staking";

    /** How the follower follows the three contracts. */
    public FollowerSettings follower() {
        return new FollowerSettings(FOLLOWER, "athgrid.staking.chain", chainId, followedContracts(), confirmations,
                pollInterval, maxBlocksPerPoll, startBlock, maxReorgDepth);
    }

    /** Whether the service talks to a chain at all. */
    public boolean enabled() {
        return rpcUrl != null;
    }

    /** The contracts whose logs the follower reads. */
    public List<String> followedContracts() {
        return List.of(stakingPools, containerBonds, rewardDistributor);
    }

    private static String optionalAddress(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Addresses.isAddress(value.trim())) {
            throw new IllegalArgumentException("athgrid.staking.chain." + name + " is not a 0x address: " + value);
        }
        return Addresses.lower(value.trim());
    }

    // A record's generated toString would print the settler's key into logs and actuator output.
    @Override
    public String toString() {
        return "ChainProperties[rpcUrl=" + rpcUrl + ", chainId=" + chainId + ", confirmations=" + confirmations
                + ", pollInterval=" + pollInterval + ", maxBlocksPerPoll=" + maxBlocksPerPoll + ", startBlock="
                + startBlock + ", maxReorgDepth=" + maxReorgDepth + ", stakingPools=" + stakingPools
                + ", containerBonds=" + containerBonds + ", rewardDistributor=" + rewardDistributor
                + ", athToken=" + athToken + ", settlerPrivateKey=" + (settlerPrivateKey == null ? "unset" : "****")
                + "]";
    }
}
