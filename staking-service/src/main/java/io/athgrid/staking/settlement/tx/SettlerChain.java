package io.athgrid.staking.settlement.tx;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.ClientConnectionException;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.TransactionManager;

/**
 * The settlement wallet on the chain: signs with its key (the node never sees it) and wraps the
 * few RPC calls the sender needs. A node that does not answer is a {@link ChainUnavailableException}.
 */
public class SettlerChain implements AutoCloseable {

    private final Web3j web3j;
    private final Credentials credentials;
    private final long chainId;

    public SettlerChain(Web3j web3j, Credentials credentials, long chainId) {
        this.web3j = web3j;
        this.credentials = credentials;
        this.chainId = chainId;
    }

    /** A client of {@code rpcUrl} whose calls give up after {@code timeout}. */
    public static SettlerChain connect(String rpcUrl, String privateKey, long chainId, Duration timeout) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .build();
        return new SettlerChain(Web3j.build(new HttpService(rpcUrl, http)), Credentials.create(privateKey), chainId);
    }

    /** The settlement wallet's address, lower-case 0x hex. */
    public String sender() {
        return credentials.getAddress();
    }

    public Web3j web3j() {
        return web3j;
    }

    /** For view calls through the generated bindings. */
    public TransactionManager readOnly() {
        return new ReadonlyTransactionManager(web3j, sender());
    }

    public Eip1559Transaction.Signed sign(Eip1559Transaction transaction) {
        if (transaction.chainId() != chainId) {
            throw new IllegalArgumentException("transaction for chain " + transaction.chainId() + ", settler on " + chainId);
        }
        return transaction.sign(credentials);
    }

    public long chainId() {
        return chainId;
    }

    /** The sender's transaction count including the node's mempool: the next free nonce as the node sees it. */
    public BigInteger pendingNonce() {
        return call(web3j.ethGetTransactionCount(sender(), DefaultBlockParameterName.PENDING)).getTransactionCount();
    }

    /** The sender's transaction count as of {@code block}. */
    public BigInteger nonceAt(long block) {
        return call(web3j.ethGetTransactionCount(sender(), DefaultBlockParameter.valueOf(BigInteger.valueOf(block))))
                .getTransactionCount();
    }

    public long blockNumber() {
        return call(web3j.ethBlockNumber()).getBlockNumber().longValueExact();
    }

    /** Sends a signed transaction; the node's refusal message, or empty when it took it. */
    public Optional<String> broadcast(String rawHex) {
        EthSendTransaction sent = send(web3j.ethSendRawTransaction(rawHex));
        return sent.hasError() ? Optional.of(sent.getError().getMessage()) : Optional.empty();
    }

    public Optional<TransactionReceipt> receipt(String txHash) {
        return call(web3j.ethGetTransactionReceipt(txHash)).getTransactionReceipt();
    }

    public List<Log> logs(EthFilter filter) {
        return call(web3j.ethGetLogs(filter)).getLogs().stream()
                .map(result -> (Log) ((EthLog.LogObject) result).get())
                .toList();
    }

    private static <T extends Response<?>> T call(Request<?, T> request) {
        T response = send(request);
        if (response.hasError()) {
            throw new ChainUnavailableException(request.getMethod() + " failed: " + response.getError().getMessage(), null);
        }
        return response;
    }

    private static <T extends Response<?>> T send(Request<?, T> request) {
        try {
            return request.send();
        } catch (IOException | ClientConnectionException e) {
            // web3j reports a refused connection as IOException, an HTTP error status (a proxy, a
            // provider's 5xx) as ClientConnectionException: both mean nothing was learned.
            throw new ChainUnavailableException(request.getMethod() + " did not reach the node: " + e, e);
        }
    }

    @Override
    public void close() {
        web3j.shutdown();
    }
}
