package io.athgrid.staking.settlement;

import java.math.BigInteger;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code athgrid.staking.settlement.*}: where and how the settlement wallet sends its transactions.
 * Without {@code rpc-url} nothing is sent (the service still serves proofs and takes slash orders).
 *
 * @param rpcUrl            the chain's JSON-RPC endpoint (anvil, Arbitrum Sepolia or One)
 * @param chainId           the chain signed for (EIP-155); 421614 is anvil's and Arbitrum Sepolia's
 * @param rewardDistributor address of the RewardDistributor that takes the epoch roots
 * @param containerBonds    address of the ContainerBonds that bond slashes are sent to
 * @param settlerPrivateKey key of the wallet holding SETTLER_ROLE and SLASHER_ROLE (0x hex)
 * @param confirmations     blocks on top of a transaction's block before it counts as final
 * @param gas               fee caps and gas limit of every transaction sent
 * @param pollInterval      how often the settlement worker looks for work
 * @param receiptTimeout    a broadcast transaction without receipt for this long is broadcast again
 * @param rpcTimeout        connect and read timeout of one RPC call
 * @param firstEpoch        the first epoch this deployment settles (earlier ones were settled elsewhere)
 * @param logsFromBlock     where to start looking for EpochRootPosted logs (the distributor's deployment block)
 */
@ConfigurationProperties("athgrid.staking.settlement")
public record SettlementProperties(
        String rpcUrl,
        @DefaultValue("421614") long chainId,
        String rewardDistributor,
        String containerBonds,
        String settlerPrivateKey,
        @DefaultValue("12") int confirmations,
        @DefaultValue Gas gas,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("5m") Duration receiptTimeout,
        @DefaultValue("10s") Duration rpcTimeout,
        @DefaultValue("0") long firstEpoch,
        @DefaultValue("0") long logsFromBlock) {

    /**
     * EIP-1559 fees. Arbitrum charges the block's base fee (at least 0.01 gwei) and ignores the
     * priority fee, so the cap only bounds what a congested block may cost.
     *
     * @param maxFeePerGas         the most paid per gas, base fee included (wei)
     * @param maxPriorityFeePerGas the tip per gas (wei)
     * @param gasLimit             gas limit of each transaction; postRoot and slash use under 100,000
     */
    public record Gas(
            @DefaultValue("5000000000") BigInteger maxFeePerGas,
            @DefaultValue("1000000") BigInteger maxPriorityFeePerGas,
            @DefaultValue("300000") BigInteger gasLimit) {
    }

    /** Sending is on once an RPC endpoint is configured. */
    public boolean enabled() {
        return rpcUrl != null && !rpcUrl.isBlank();
    }

    /** Fails at start, naming what is missing, rather than at the first transaction. */
    public SettlementProperties requireComplete() {
        StringBuilder missing = new StringBuilder();
        if (isBlank(rewardDistributor)) {
            missing.append(" reward-distributor");
        }
        if (isBlank(containerBonds)) {
            missing.append(" container-bonds");
        }
        if (isBlank(settlerPrivateKey)) {
            missing.append(" settler-private-key");
        }
        if (missing.length() > 0) {
            throw new IllegalStateException("athgrid.staking.settlement.rpc-url is set but these are not:" + missing);
        }
        if (confirmations < 0) {
            throw new IllegalStateException("athgrid.staking.settlement.confirmations must not be negative");
        }
        return this;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
