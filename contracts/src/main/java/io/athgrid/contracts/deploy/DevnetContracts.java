package io.athgrid.contracts.deploy;

import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;

import io.athgrid.contracts.generated.AthToken;

/**
 * The addresses of athgrid's contracts on a devnet (anvil) after {@link #deploy}. Production
 * never uses this: it points at the real ATH on Arbitrum One and deploys through its own runbook.
 *
 * @param athToken the devnet ATH ERC-20; the deployer holds its admin and minter roles
 */
public record DevnetContracts(String athToken) {

    /** Arbitrum One, where the real ATH lives and a devnet token must never appear. */
    static final long ARBITRUM_ONE_CHAIN_ID = 42161L;

    /** Deploys every devnet contract from {@code deployer}, one transaction after the other. */
    public static DevnetContracts deploy(Web3j web3j, Credentials deployer, long chainId) {
        if (chainId == ARBITRUM_ONE_CHAIN_ID) {
            throw new IllegalArgumentException("devnet contracts are never deployed to Arbitrum One");
        }
        TransactionManager transactions = DevnetTransactions.transactionManager(web3j, deployer, chainId);
        ContractGasProvider gas = DevnetTransactions.gasProvider(web3j);
        try {
            AthToken token = AthToken.deploy(web3j, transactions, gas, deployer.getAddress()).send();
            return new DevnetContracts(token.getContractAddress());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new DevnetDeploymentException("deploying AthToken on chain " + chainId + " failed", e);
        }
    }

    /** The ATH binding at {@link #athToken()}, sending as whoever {@code transactions} signs for. */
    public AthToken athToken(Web3j web3j, TransactionManager transactions, ContractGasProvider gas) {
        return AthToken.load(athToken, web3j, transactions, gas);
    }
}
