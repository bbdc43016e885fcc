package io.athgrid.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/** The few JSON-RPC reads the follower needs, through web3j; RPC errors become {@link ChainReadException}. */
public class ChainReader {

    private final Web3j web3j;
    private final List<String> contracts;
    private final List<String> topics;

    public ChainReader(Web3j web3j, List<String> contracts, List<String> topics) {
        this.web3j = web3j;
        this.contracts = List.copyOf(contracts);
        this.topics = List.copyOf(topics);
    }

    public long chainId() {
        return checked(send(web3j.ethChainId())).getChainId().longValueExact();
    }

    public long headNumber() {
        return checked(send(web3j.ethBlockNumber())).getBlockNumber().longValueExact();
    }

    /** The canonical block at {@code number}; empty when the chain is not that long. */
    public Optional<ChainBlock> block(long number) {
        EthBlock.Block block = checked(send(web3j.ethGetBlockByNumber(
                DefaultBlockParameter.valueOf(BigInteger.valueOf(number)), false))).getBlock();
        if (block == null) {
            return Optional.empty();
        }
        return Optional.of(new ChainBlock(block.getNumber().longValueExact(), block.getHash().toLowerCase(Locale.ROOT),
                Instant.ofEpochSecond(block.getTimestamp().longValueExact())));
    }

    /** The followed contracts' followed events in the range, in chain order; removed logs left out. */
    public List<Log> logs(BlockRange range) {
        EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(range.from())),
                DefaultBlockParameter.valueOf(BigInteger.valueOf(range.to())), contracts);
        filter.addOptionalTopics(topics.toArray(String[]::new));
        EthLog answer = send(web3j.ethGetLogs(filter));
        if (answer.hasError()) {
            throw new LogsRefusedException("eth_getLogs " + range.from() + ".." + range.to() + " refused: "
                    + answer.getError().getMessage());
        }
        return answer.getLogs().stream()
                .map(result -> (Log) result.get())
                .filter(log -> !log.isRemoved())
                .sorted(Comparator.comparing(Log::getBlockNumber).thenComparing(Log::getLogIndex))
                .toList();
    }

    private static <T extends Response<?>> T send(Request<?, T> request) {
        try {
            return request.send();
        } catch (IOException e) {
            throw new ChainReadException(request.getMethod() + " failed: " + e.getMessage(), e);
        }
    }

    private static <T extends Response<?>> T checked(T response) {
        if (response.hasError()) {
            throw new ChainReadException("RPC error " + response.getError().getCode() + ": "
                    + response.getError().getMessage(), null);
        }
        return response;
    }

    /** The node answered eth_getLogs with an error: often a range with more logs than it returns at once. */
    public static class LogsRefusedException extends ChainReadException {

        public LogsRefusedException(String message) {
            super(message, null);
        }
    }

    /** The chain could not be read now (endpoint down, RPC error); the next poll tries again. */
    public static class ChainReadException extends RuntimeException {

        public ChainReadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
