package io.athgrid.contracts.deploy;

import java.math.BigInteger;
import java.time.Duration;

import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;

import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.CheckerLicense;
import io.athgrid.contracts.generated.ContainerBonds;
import io.athgrid.contracts.generated.RewardDistributor;
import io.athgrid.contracts.generated.StakingPools;

/**
 * The addresses of athgrid's contracts on a devnet (anvil) after {@link #deploy}. Production
 * never uses this: it points at the real ATH on Arbitrum One and deploys through its own runbook.
 *
 * @param athToken          the devnet ATH ERC-20; the deployer holds its admin and minter roles
 * @param stakingPools      AI and GAMING pool locks; no roles
 * @param containerBonds    container stake bonds with a 180-day unbonding; the deployer is admin,
 *                          slasher and the treasury that receives slashed ATH
 * @param rewardDistributor per-epoch Merkle roots and claims; the deployer is admin and settler,
 *                          and it holds {@link #REWARD_FUNDING} ATH to pay claims from
 * @param checkerLicense    the ERC-721/ERC-4907 checker license; the deployer is admin and minter
 */
public record DevnetContracts(
        String athToken,
        String stakingPools,
        String containerBonds,
        String rewardDistributor,
        String checkerLicense) {

    /** Arbitrum One, where the real ATH lives and a devnet token must never appear. */
    static final long ARBITRUM_ONE_CHAIN_ID = 42161L;

    /** ATH (in wei) minted to the deployer and funded into the reward distributor: 10 M ATH. */
    public static final BigInteger REWARD_FUNDING = BigInteger.valueOf(10_000_000L).multiply(BigInteger.TEN.pow(18));

    /** The design's container unbonding ("DISSOLVING, 180 days"), ContainerBonds.DEFAULT_UNBONDING_PERIOD. */
    public static final Duration UNBONDING_PERIOD = Duration.ofDays(180);

    /** Deploys every devnet contract from {@code deployer}, one transaction after the other. */
    public static DevnetContracts deploy(Web3j web3j, Credentials deployer, long chainId) {
        if (chainId == ARBITRUM_ONE_CHAIN_ID) {
            throw new IllegalArgumentException("devnet contracts are never deployed to Arbitrum One");
        }
        TransactionManager transactions = DevnetTransactions.transactionManager(web3j, deployer, chainId);
        ContractGasProvider gas = DevnetTransactions.gasProvider(web3j);
        try {
            return deploy(web3j, transactions, gas, deployer.getAddress());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new DevnetDeploymentException("deploying the devnet contracts on chain " + chainId + " failed", e);
        }
    }

    private static DevnetContracts deploy(
            Web3j web3j, TransactionManager transactions, ContractGasProvider gas, String deployer) throws Exception {
        AthToken token = AthToken.deploy(web3j, transactions, gas, deployer).send();
        String ath = token.getContractAddress();
        StakingPools pools = StakingPools.deploy(web3j, transactions, gas, ath).send();
        ContainerBonds bonds = ContainerBonds.deploy(web3j, transactions, gas, ath, deployer, deployer,
                BigInteger.valueOf(UNBONDING_PERIOD.toSeconds())).send();
        RewardDistributor distributor = RewardDistributor.deploy(web3j, transactions, gas, ath, deployer).send();
        CheckerLicense license = CheckerLicense.deploy(web3j, transactions, gas, deployer).send();

        bonds.grantRole(bonds.SLASHER_ROLE().send(), deployer).send();
        distributor.grantRole(distributor.SETTLER_ROLE().send(), deployer).send();
        license.grantRole(license.MINTER_ROLE().send(), deployer).send();

        token.mint(deployer, REWARD_FUNDING).send();
        token.approve(distributor.getContractAddress(), REWARD_FUNDING).send();
        distributor.fund(REWARD_FUNDING).send();

        return new DevnetContracts(ath, pools.getContractAddress(), bonds.getContractAddress(),
                distributor.getContractAddress(), license.getContractAddress());
    }

    /** The ATH binding at {@link #athToken()}, sending as whoever {@code transactions} signs for. */
    public AthToken athToken(Web3j web3j, TransactionManager transactions, ContractGasProvider gas) {
        return AthToken.load(athToken, web3j, transactions, gas);
    }

    /** The binding at {@link #stakingPools()}, sending as whoever {@code transactions} signs for. */
    public StakingPools stakingPools(Web3j web3j, TransactionManager transactions, ContractGasProvider gas) {
        return StakingPools.load(stakingPools, web3j, transactions, gas);
    }

    /** The binding at {@link #containerBonds()}, sending as whoever {@code transactions} signs for. */
    public ContainerBonds containerBonds(Web3j web3j, TransactionManager transactions, ContractGasProvider gas) {
        return ContainerBonds.load(containerBonds, web3j, transactions, gas);
    }

    /** The binding at {@link #rewardDistributor()}, sending as whoever {@code transactions} signs for. */
    public RewardDistributor rewardDistributor(Web3j web3j, TransactionManager transactions, ContractGasProvider gas) {
        return RewardDistributor.load(rewardDistributor, web3j, transactions, gas);
    }

    /** The binding at {@link #checkerLicense()}, sending as whoever {@code transactions} signs for. */
    public CheckerLicense checkerLicense(Web3j web3j, TransactionManager transactions, ContractGasProvider gas) {
        return CheckerLicense.load(checkerLicense, web3j, transactions, gas);
    }
}
