package io.athgrid.contracts.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;

import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * Transaction settings for devnet work (anvil, the local run, integration tests): locally signed
 * EIP-155 transactions with explicit gas, and receipt polling tuned for a node that mines at once.
 */
public final class DevnetTransactions {

    /** Deploying AthToken takes about 2 M gas; anvil's default block gas limit is 30 M. */
    public static final BigInteger GAS_LIMIT = BigInteger.valueOf(5_000_000);

    private static final Duration RECEIPT_POLL_INTERVAL = Duration.ofMillis(100);
    private static final int RECEIPT_POLL_ATTEMPTS = 600;

    private DevnetTransactions() {
    }

    /**
     * A fixed gas price of twice the node's current price: head room for the base fee to rise
     * while a deployment runs, without overpaying by orders of magnitude on any chain.
     */
    public static ContractGasProvider gasProvider(Web3j web3j) {
        try {
            BigInteger nodePrice = web3j.ethGasPrice().send().getGasPrice();
            return new StaticGasProvider(nodePrice.shiftLeft(1), GAS_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the gas price from the node", e);
        }
    }

    /** Signs locally with {@code credentials} for {@code chainId}; the node never holds the key. */
    public static TransactionManager transactionManager(Web3j web3j, Credentials credentials, long chainId) {
        var receipts = new PollingTransactionReceiptProcessor(
                web3j, RECEIPT_POLL_INTERVAL.toMillis(), RECEIPT_POLL_ATTEMPTS);
        return new RawTransactionManager(web3j, credentials, chainId, receipts);
    }
}
