package io.athgrid.chain;

import java.time.Instant;

/** Where a log sits on chain: its block (number, hash, time), transaction and index in the block. */
public record LogPosition(long blockNumber, String blockHash, Instant blockTime, String txHash, int logIndex) {
}
