package io.athgrid.checker.license;

import java.util.Locale;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Where a license change stands in the chain: applied once per (transaction, log index), replayed
 * in (block, log index) order when a reorg makes the licenses be rebuilt.
 */
public record LogLocation(long blockNumber, String txHash, int logIndex) {

    public LogLocation {
        txHash = txHash.toLowerCase(Locale.ROOT);
    }

    public static LogLocation of(Log log) {
        return new LogLocation(log.getBlockNumber().longValueExact(), log.getTransactionHash(),
                log.getLogIndex().intValueExact());
    }
}
