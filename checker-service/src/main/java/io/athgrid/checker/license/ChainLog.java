package io.athgrid.checker.license;

import java.util.Locale;
import org.web3j.protocol.core.methods.response.Log;

/** Where a log stands in the chain: applied once per (transaction, log index), in block order. */
public record ChainLog(long blockNumber, String txHash, int logIndex) {

    public ChainLog {
        txHash = txHash.toLowerCase(Locale.ROOT);
    }

    public static ChainLog of(Log log) {
        return new ChainLog(log.getBlockNumber().longValueExact(), log.getTransactionHash(),
                log.getLogIndex().intValueExact());
    }
}
