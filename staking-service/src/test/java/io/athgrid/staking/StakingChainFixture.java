package io.athgrid.staking;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.ContainerBonds;
import io.athgrid.contracts.generated.RewardDistributor;
import io.athgrid.contracts.generated.StakingPools;
import io.athgrid.contracts.merkle.RewardLeaf;
import io.athgrid.contracts.merkle.RewardTree;
import io.athgrid.staking.chain.ContainerIdBytes;
import io.athgrid.staking.lock.Pool;
import io.athgrid.testsupport.anvil.AnvilNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;

/**
 * The chain the staking-service follows in integration tests: anvil through web3j, the devnet
 * contracts deployed fresh for each test class, anvil's dev accounts (0 deploys and holds every
 * role: minter, slasher, settler), and the chain activity staking cares about: locking ATH,
 * bonding containers, slashing, posting roots and claiming, mining blocks, moving time, reorgs.
 *
 * <p>{@link #shared()} runs on the JVM's shared anvil: never travel in time or revert snapshots there,
 * other test classes' chains live on it too. {@link #ownNode()} starts a node of its own for that.
 */
public final class StakingChainFixture implements AutoCloseable {

    public static final BigInteger ONE_ATH = BigInteger.TEN.pow(18);
    /** Confirmations the ITs follow with: the design's 12 would only slow them down. */
    public static final int CONFIRMATIONS = 2;

    private static StakingChainFixture shared;

    private final AnvilNode node;
    private final boolean ownsNode;
    private final HttpService http;
    private final Web3j web3j;
    private final ContractGasProvider gas;

    private StakingChainFixture(AnvilNode node, boolean ownsNode) {
        this.node = node;
        this.ownsNode = ownsNode;
        this.http = new HttpService(node.rpcUrl());
        this.web3j = Web3j.build(http);
        this.gas = DevnetTransactions.gasProvider(web3j);
    }

    /** On {@link AnvilNode#shared()}; lives as long as the test JVM. */
    public static synchronized StakingChainFixture shared() {
        if (shared == null) {
            shared = new StakingChainFixture(AnvilNode.shared(), false);
        }
        return shared;
    }

    /** On an anvil of its own, for tests that revert snapshots or travel in time; {@link #close()} stops it. */
    public static StakingChainFixture ownNode() {
        return new StakingChainFixture(AnvilNode.start(0), true);
    }

    public static BigInteger ath(long whole) {
        return BigInteger.valueOf(whole).multiply(ONE_ATH);
    }

    public AnvilNode node() {
        return node;
    }

    public Web3j web3j() {
        return web3j;
    }

    /** Every devnet contract, freshly deployed by {@link #admin()}. */
    public DevnetContracts deploy() {
        return DevnetContracts.deploy(web3j, admin(), node.chainId());
    }

    /**
     * The {@code athgrid.staking.chain.*} properties that follow {@code contracts} on this node with
     * {@link #CONFIRMATIONS} confirmations and a fast poll. No {@code settler-private-key}: the
     * service follows the chain but sends nothing, so it never competes with the test's own
     * transactions for account 0's nonces (settlement ITs add a settler wallet of their own).
     */
    public Map<String, Object> properties(DevnetContracts contracts) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("athgrid.staking.chain.rpc-url", node.rpcUrl());
        properties.put("athgrid.staking.chain.chain-id", node.chainId());
        properties.put("athgrid.staking.chain.confirmations", CONFIRMATIONS);
        properties.put("athgrid.staking.chain.poll-interval", "100ms");
        properties.put("athgrid.staking.chain.ath-token", contracts.athToken());
        properties.put("athgrid.staking.chain.staking-pools", contracts.stakingPools());
        properties.put("athgrid.staking.chain.container-bonds", contracts.containerBonds());
        properties.put("athgrid.staking.chain.reward-distributor", contracts.rewardDistributor());
        return properties;
    }

    /** {@link #properties} for a test's {@code @DynamicPropertySource}. */
    public void register(DynamicPropertyRegistry registry, DevnetContracts contracts) {
        properties(contracts).forEach((name, value) -> registry.add(name, () -> value));
    }

    /** One of anvil's funded dev accounts; 0 deploys and holds every role. */
    public Credentials account(int index) {
        return Credentials.create(node.devPrivateKeys().get(index));
    }

    public Credentials admin() {
        return account(0);
    }

    /** An account's address as athgrid stores it: lower-case 0x hex. */
    public static String address(Credentials account) {
        return account.getAddress().toLowerCase(Locale.ROOT);
    }

    public AthToken token(DevnetContracts contracts, Credentials sender) {
        return contracts.athToken(web3j, transactions(sender), gas);
    }

    public StakingPools pools(DevnetContracts contracts, Credentials sender) {
        return contracts.stakingPools(web3j, transactions(sender), gas);
    }

    public ContainerBonds bonds(DevnetContracts contracts, Credentials sender) {
        return contracts.containerBonds(web3j, transactions(sender), gas);
    }

    public RewardDistributor distributor(DevnetContracts contracts, Credentials sender) {
        return contracts.rewardDistributor(web3j, transactions(sender), gas);
    }

    /** Mints {@code amount} to {@code holder} and lets StakingPools and ContainerBonds pull it (three blocks). */
    public void fund(DevnetContracts contracts, Credentials holder, BigInteger amount) {
        send(token(contracts, admin()).mint(holder.getAddress(), amount));
        send(token(contracts, holder).approve(contracts.stakingPools(), amount));
        send(token(contracts, holder).approve(contracts.containerBonds(), amount));
    }

    /** Funds the holder, then locks {@code amount} in the pool for {@code duration}; the lock's receipt. */
    public TransactionReceipt lock(DevnetContracts contracts, Credentials holder, Pool pool, BigInteger amount,
            Duration duration) {
        fund(contracts, holder, amount);
        return send(pools(contracts, holder).lock(BigInteger.valueOf(pool.index()), amount,
                BigInteger.valueOf(duration.toSeconds())));
    }

    public TransactionReceipt increaseLock(DevnetContracts contracts, Credentials holder, Pool pool,
            BigInteger amount) {
        fund(contracts, holder, amount);
        return send(pools(contracts, holder).increaseAmount(BigInteger.valueOf(pool.index()), amount));
    }

    public TransactionReceipt extendLock(DevnetContracts contracts, Credentials holder, Pool pool,
            Instant newUnlockTime) {
        return send(pools(contracts, holder).extendLock(BigInteger.valueOf(pool.index()),
                BigInteger.valueOf(newUnlockTime.getEpochSecond())));
    }

    public TransactionReceipt withdrawLock(DevnetContracts contracts, Credentials holder, Pool pool) {
        return send(pools(contracts, holder).withdraw(BigInteger.valueOf(pool.index())));
    }

    /** Funds the owner, then bonds {@code amount} to the registry container (posts or increases its bond). */
    public TransactionReceipt bond(DevnetContracts contracts, Credentials owner, String containerId,
            BigInteger amount) {
        fund(contracts, owner, amount);
        return send(bonds(contracts, owner).bond(ContainerIdBytes.toBytes32(containerId), amount));
    }

    /** Slashes as the admin (SLASHER_ROLE); {@code evidenceHash} is 32 bytes. */
    public TransactionReceipt slash(DevnetContracts contracts, String containerId, BigInteger amount,
            byte[] evidenceHash) {
        return send(bonds(contracts, admin()).slash(ContainerIdBytes.toBytes32(containerId), amount, evidenceHash));
    }

    public TransactionReceipt startUnbonding(DevnetContracts contracts, Credentials owner, String containerId) {
        return send(bonds(contracts, owner).startUnbonding(ContainerIdBytes.toBytes32(containerId)));
    }

    public TransactionReceipt withdrawBond(DevnetContracts contracts, Credentials owner, String containerId) {
        return send(bonds(contracts, owner).withdraw(ContainerIdBytes.toBytes32(containerId)));
    }

    /** Posts the epoch's root as the admin (SETTLER_ROLE). */
    public TransactionReceipt postRoot(DevnetContracts contracts, RewardTree tree) {
        return send(distributor(contracts, admin()).postRoot(tree.epoch(), tree.root(), tree.total()));
    }

    /** Claims the account's leaf of the tree (sent by the admin; the account is paid). */
    public TransactionReceipt claim(DevnetContracts contracts, RewardTree tree, String account) {
        RewardLeaf leaf = tree.leafOf(account).orElseThrow();
        return send(distributor(contracts, admin()).claim(tree.epoch(), leaf.index(), leaf.account(), leaf.amount(),
                tree.proof(account)));
    }

    /** Mines {@code blocks} empty blocks. */
    public void mine(int blocks) {
        for (int i = 0; i < blocks; i++) {
            rpc("evm_mine", List.of());
        }
    }

    public long head() {
        try {
            return web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long blockOf(TransactionReceipt receipt) {
        return receipt.getBlockNumber().longValueExact();
    }

    /** The timestamp of the block that mined {@code receipt}. */
    public Instant blockTime(TransactionReceipt receipt) {
        return blockTime(blockOf(receipt));
    }

    public Instant blockTime(long number) {
        try {
            return Instant.ofEpochSecond(web3j.ethGetBlockByNumber(
                    DefaultBlockParameter.valueOf(BigInteger.valueOf(number)), false).send().getBlock().getTimestamp()
                    .longValueExact());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canonical hash at {@code number}. */
    public String blockHash(long number) {
        try {
            return web3j.ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.valueOf(number)), false).send()
                    .getBlock().getHash();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the chain's clock forward and mines a block at the new time. Not on the shared node. */
    public void advanceTime(Duration duration) {
        requireOwnNode("evm_increaseTime");
        rpc("evm_increaseTime", List.of(duration.toSeconds()));
        rpc("evm_mine", List.of());
    }

    /** Remembers the chain as it is now, for {@link #revert}. Not on the shared node. */
    public String snapshot() {
        requireOwnNode("evm_snapshot");
        return String.valueOf(rpc("evm_snapshot", List.of()));
    }

    /** Drops every block after the snapshot: what follows is a new fork, a reorg to anyone watching. */
    public void revert(String snapshot) {
        requireOwnNode("evm_revert");
        if (!Boolean.TRUE.equals(rpc("evm_revert", List.of(snapshot)))) {
            throw new IllegalStateException("anvil did not revert to snapshot " + snapshot);
        }
    }

    /** Waits up to 30 s for {@code condition}, polling every 50 ms. */
    public static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Stops a node of its own; the shared one lives on. */
    @Override
    public void close() {
        web3j.shutdown();
        if (ownsNode) {
            node.close();
        }
    }

    private void requireOwnNode(String method) {
        if (!ownsNode) {
            throw new IllegalStateException(method + " on the shared anvil would change every test class's chain; "
                    + "use StakingChainFixture.ownNode()");
        }
    }

    private TransactionManager transactions(Credentials sender) {
        return DevnetTransactions.transactionManager(web3j, sender, node.chainId());
    }

    private static TransactionReceipt send(RemoteFunctionCall<TransactionReceipt> call) {
        try {
            TransactionReceipt receipt = call.send();
            if (!receipt.isStatusOK()) {
                throw new IllegalStateException("transaction " + receipt.getTransactionHash() + " reverted");
            }
            return receipt;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("sending a transaction failed", e);
        }
    }

    private Object rpc(String method, List<?> params) {
        try {
            RawResponse response = new Request<>(method, params, http, RawResponse.class).send();
            if (response.hasError()) {
                throw new IllegalStateException(method + " failed: " + response.getError().getMessage());
            }
            return response.getResult();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whatever a test-only RPC method answers (a snapshot id, a boolean, null). */
    public static class RawResponse extends Response<Object> {
    }
}
