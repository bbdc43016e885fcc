package io.athgrid.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

import org.assertj.core.api.ThrowingConsumer;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.core.methods.response.VoidResponse;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.testsupport.anvil.AnvilNode;

/**
 * The shared anvil node seen through web3j, for the contract ITs: dev accounts, signing, fresh
 * deployments, time travel and revert assertions. Account 0 deploys and holds every role.
 */
public final class DevnetFixture {

    public static final BigInteger ONE_ATH = BigInteger.TEN.pow(18);

    private final AnvilNode anvil;
    private final HttpService http;
    private final Web3j web3j;
    private final ContractGasProvider gas;

    private DevnetFixture(AnvilNode anvil) {
        this.anvil = anvil;
        this.http = new HttpService(anvil.rpcUrl());
        this.web3j = Web3j.build(http);
        this.gas = DevnetTransactions.gasProvider(web3j);
    }

    private static DevnetFixture shared;

    /** The fixture on {@link AnvilNode#shared()}; like the node, it lives as long as the test JVM. */
    public static synchronized DevnetFixture shared() {
        if (shared == null) {
            shared = new DevnetFixture(AnvilNode.shared());
        }
        return shared;
    }

    /** Loads a contract binding that sends as whoever the transaction manager signs for. */
    @FunctionalInterface
    public interface Binding<T> {
        T load(Web3j web3j, TransactionManager transactions, ContractGasProvider gas);
    }

    public static BigInteger ath(long whole) {
        return BigInteger.valueOf(whole).multiply(ONE_ATH);
    }

    public Web3j web3j() {
        return web3j;
    }

    /** One of anvil's funded dev accounts; 0 is the deployer and admin. */
    public Credentials account(int index) {
        return Credentials.create(anvil.devPrivateKeys().get(index));
    }

    public Credentials admin() {
        return account(0);
    }

    /** Every devnet contract, freshly deployed by {@link #admin()}. */
    public DevnetContracts deploy() {
        return DevnetContracts.deploy(web3j, admin(), anvil.chainId());
    }

    /** {@code binding} sending as {@code sender}. */
    public <T> T as(Credentials sender, Binding<T> binding) {
        return binding.load(web3j, DevnetTransactions.transactionManager(web3j, sender, anvil.chainId()), gas);
    }

    /** The timestamp of the latest block: "now" on chain, which time travel moves ahead of the clock. */
    public BigInteger latestBlockTime() throws IOException {
        return web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock().getTimestamp();
    }

    /** The timestamp of the block that mined {@code receipt}. */
    public BigInteger blockTime(TransactionReceipt receipt) throws IOException {
        return web3j.ethGetBlockByHash(receipt.getBlockHash(), false).send().getBlock().getTimestamp();
    }

    /** Moves the chain's clock forward by {@code duration} and mines a block at the new time. */
    public void advanceTime(Duration duration) throws IOException {
        rpc("evm_increaseTime", List.of(duration.toSeconds()));
        rpc("evm_mine", List.of());
    }

    private void rpc(String method, List<?> params) throws IOException {
        VoidResponse response = new Request<>(method, params, http, VoidResponse.class).send();
        if (response.hasError()) {
            throw new IllegalStateException(method + " failed: " + response.getError().getMessage());
        }
    }

    /**
     * The transaction was mined, failed, and its revert data starts with this custom error's
     * selector. The data comes from replaying the call at the failed transaction's block, because
     * web3j's own revert reason garbles errors without arguments (it reads them as strings).
     */
    public ThrowingConsumer<Throwable> revertedWith(String errorSignature) {
        String selector = Hash.sha3String(errorSignature).substring(0, 10);
        return thrown -> {
            assertThat(thrown).isInstanceOf(TransactionException.class);
            TransactionReceipt receipt = ((TransactionException) thrown).getTransactionReceipt().orElseThrow();
            assertThat(receipt.isStatusOK()).as("receipt status").isFalse();
            assertThat(revertData(receipt)).as("revert data of %s", errorSignature).startsWith(selector);
        };
    }

    private String revertData(TransactionReceipt receipt) throws IOException {
        org.web3j.protocol.core.methods.response.Transaction sent =
                web3j.ethGetTransactionByHash(receipt.getTransactionHash()).send().getTransaction().orElseThrow();
        EthCall replay = web3j.ethCall(
                Transaction.createEthCallTransaction(sent.getFrom(), sent.getTo(), sent.getInput()),
                DefaultBlockParameter.valueOf(receipt.getBlockNumber())).send();
        // web3j keeps the error's "data" as raw JSON: a quoted hex string.
        return replay.hasError() && replay.getError().getData() != null
                ? replay.getError().getData().replace("\"", "")
                : "";
    }
}
