package io.athgrid.staking.settlement;

import java.math.BigInteger;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code athgrid.staking.settlement.*}: how the settlement wallet sends its transactions. Where it
 * sends them (RPC endpoint, chain id, contract addresses, the wallet's key, confirmations) is the
 * one chain configuration, {@code athgrid.staking.chain.*} ({@code ChainProperties}); without its
 * {@code rpc-url} and {@code settler-private-key} nothing is sent (the service still serves proofs
 * and takes slash orders).
 *
 * @param gas            fee caps and gas limit of every transaction sent
 * @param pollInterval   how often the settlement worker looks for work
 * @param receiptTimeout a broadcast transaction without receipt for this long is broadcast again
 * @param rpcTimeout     connect and read timeout of one RPC call of the settlement wallet
 * @param firstEpoch     the first epoch this deployment settles (earlier ones were settled elsewhere)
 * @param logsFromBlock  where to start looking for EpochRootPosted logs; unset: {@code athgrid.staking.chain.start-block}
 */
@ConfigurationProperties("athgrid.staking.settlement")
public record SettlementProperties(
        @DefaultValue Gas gas,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("5m") Duration receiptTimeout,
        @DefaultValue("10s") Duration rpcTimeout,
        @DefaultValue("0") long firstEpoch,
        Long logsFromBlock) {

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

    /** Where EpochRootPosted logs are looked for: this setting, else the block the chain mirror starts at. */
    public long logsFromBlock(long chainStartBlock) {
        return logsFromBlock != null ? logsFromBlock : chainStartBlock;
    }
}
