package io.athgrid.agent.cli;

import picocli.CommandLine.Option;

/** The chain the owner's signature is made for (the EIP-712 domain's chain id). */
final class ChainOptions {

    @Option(names = "--chain-id", paramLabel = "ID", defaultValue = "421614",
            description = "Chain id the owner signs for (default: ${DEFAULT-VALUE}, Arbitrum Sepolia).")
    long chainId;
}
