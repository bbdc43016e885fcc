package io.athgrid.chain;

import java.time.Duration;
import java.util.List;

/**
 * How one follower follows: which chain and contracts, how many confirmations, from which block,
 * how much at once, and how deep a reorg it may roll back.
 *
 * @param name             the cursor's name in {@code chain_cursor} and the follower's tag in its meters
 * @param propertyPrefix   the configuration prefix, named in error messages
 * @param chainId          the chain the RPC endpoint must answer for
 * @param contracts        the contracts whose logs are read
 * @param confirmations    a block is applied once this many blocks are on top of it
 * @param pollInterval     pause between polls once caught up
 * @param maxBlocksPerPoll widest eth_getLogs range, and so the most blocks applied in one transaction
 * @param startBlock       the first block read when nothing was followed yet
 * @param maxReorgDepth    deepest reorg rolled back; a deeper one stops the follower
 */
public record FollowerSettings(
        String name,
        String propertyPrefix,
        long chainId,
        List<String> contracts,
        int confirmations,
        Duration pollInterval,
        int maxBlocksPerPoll,
        long startBlock,
        int maxReorgDepth) {

    public FollowerSettings {
        contracts = List.copyOf(contracts);
        if (confirmations < 0 || maxBlocksPerPoll < 1 || startBlock < 0 || maxReorgDepth < 1
                || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException(propertyPrefix + ": confirmations and start-block must not be "
                    + "negative, max-blocks-per-poll, max-reorg-depth and poll-interval must be positive");
        }
    }
}
