package io.athgrid.chain;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Follows contracts' logs into a {@link LogMirror}, confirmed blocks only. Each poll applies at
 * most one bounded range in one transaction together with the cursor (last block and its hash) and
 * the outbox events, so a crash leaves either all of a range or none of it, and a restart continues
 * after the cursor. Before each poll the cursor's block must still be canonical; when it is not, a
 * reorg deeper than the confirmations happened and the orphaned blocks' changes are rolled back
 * ({@link ReorgDecision}), or following stops when that is too deep to trust.
 */
public class ChainFollower {

    private static final Logger log = LoggerFactory.getLogger(ChainFollower.class);

    /** What one poll did. */
    public enum Step {
        /** Applied a range and more confirmed blocks wait: poll again at once. */
        BEHIND,
        /** Everything confirmed is applied. */
        CAUGHT_UP,
        /** Rolled back after a reorg: poll again at once to re-apply. */
        ROLLED_BACK,
        /** The chain changed while a range was read; nothing applied, the next poll retries. */
        RETRY,
        /** Following stopped; see {@link #haltReason()}. */
        HALTED
    }

    private final ChainReader reader;
    private final LogDecoder decoder;
    private final ChainCursors cursors;
    private final ChainBlocks blocks;
    private final LogMirror mirror;
    private final TransactionTemplate transaction;
    private final FollowerSettings settings;
    private final FollowerMetrics metrics;
    private volatile String haltReason;
    private boolean chainChecked;

    /**
     * A follower keeping its cursor and recorded blocks in {@code chain_cursor} and {@code chain_block}
     * of the service's schema (see this module's README for their DDL).
     */
    public ChainFollower(Web3j web3j, LogDecoder decoder, LogMirror mirror, JdbcClient jdbc,
            TransactionTemplate transaction, FollowerSettings settings, MeterRegistry meters, Clock clock) {
        this.reader = new ChainReader(web3j, settings.contracts(), decoder.topics());
        this.decoder = decoder;
        this.cursors = new ChainCursors(jdbc, clock, settings.name());
        this.blocks = new ChainBlocks(jdbc);
        this.mirror = mirror;
        this.transaction = transaction;
        this.settings = settings;
        this.metrics = new FollowerMetrics(meters, settings.name());
    }

    /** The cursor: how far this follower got, and up to which block time its mirror is complete. */
    public ChainCursors cursors() {
        return cursors;
    }

    public FollowerSettings settings() {
        return settings;
    }

    /** One step of following; RPC or database failures propagate and the caller retries later. */
    public synchronized Step poll() {
        if (haltReason != null) {
            return Step.HALTED;
        }
        if (!chainChecked) {
            long chainId = reader.chainId();
            if (chainId != settings.chainId()) {
                return halt("the RPC endpoint serves chain " + chainId + ", " + settings.propertyPrefix() + ".chain-id is "
                        + settings.chainId());
            }
            chainChecked = true;
        }
        ChainCursor cursor = cursors.current(settings.startBlock());
        if (cursor.hash() != null && !isCanonical(cursor)) {
            return rollBack(cursor);
        }
        long head = reader.headNumber();
        long confirmedHead = BlockRange.confirmedHead(head, settings.confirmations());
        Optional<BlockRange> next = BlockRange.next(cursor.blockNumber(), head, settings.confirmations(),
                settings.maxBlocksPerPoll());
        if (next.isEmpty()) {
            metrics.followed(cursor.blockNumber(), confirmedHead);
            return Step.CAUGHT_UP;
        }
        Optional<Batch> batch = read(next.get());
        if (batch.isEmpty()) {
            return Step.RETRY;
        }
        List<String> applied = transaction.execute(status -> apply(cursor, batch.get()));
        applied.forEach(metrics::applied);
        long appliedTo = batch.get().cursor().blockNumber();
        metrics.followed(appliedTo, confirmedHead);
        return appliedTo < confirmedHead ? Step.BEHIND : Step.CAUGHT_UP;
    }

    /** Why following stopped, or null while it runs. */
    public String haltReason() {
        return haltReason;
    }

    /** The cursor's block as last applied; -1 before the first. */
    public long confirmedBlock() {
        return metrics.confirmedBlock();
    }

    void failed(RuntimeException e) {
        metrics.failure();
        log.warn("chain follower poll failed, the next poll retries: {}", e.toString());
    }

    private boolean isCanonical(ChainCursor cursor) {
        return reader.block(cursor.blockNumber()).map(block -> block.hash().equalsIgnoreCase(cursor.hash()))
                .orElse(false);
    }

    private Optional<Batch> read(BlockRange range) {
        Optional<ChainBlock> last = reader.block(range.to());
        if (last.isEmpty()) {
            return Optional.empty();
        }
        List<Log> logs;
        try {
            logs = reader.logs(range);
        } catch (ChainReader.LogsRefusedException e) {
            if (range.size() == 1) {
                throw e;
            }
            log.info("{}; reading the first half of the range", e.getMessage());
            return read(range.firstHalf());
        }
        Map<Long, ChainBlock> logBlocks = new LinkedHashMap<>();
        List<ChainLog> changes = new ArrayList<>();
        for (Log entry : logs) {
            long number = entry.getBlockNumber().longValueExact();
            ChainBlock block = logBlocks.get(number);
            if (block == null) {
                Optional<ChainBlock> found = reader.block(number);
                if (found.isEmpty() || !found.get().hash().equalsIgnoreCase(entry.getBlockHash())) {
                    return moved(range, "a log's block " + number + " is no longer the one it came from");
                }
                block = found.get();
                logBlocks.put(number, block);
            }
            decoder.decode(entry, block.time()).ifPresent(changes::add);
        }
        // Logs and blocks came from several calls: the range's last block must not have changed meanwhile.
        if (!reader.block(range.to()).map(again -> again.hash().equals(last.get().hash())).orElse(false)) {
            return moved(range, "block " + range.to() + " changed");
        }
        return Optional.of(new Batch(ChainCursor.at(last.get()), List.copyOf(logBlocks.values()),
                changes));
    }

    private Optional<Batch> moved(BlockRange range, String why) {
        log.info("chain moved while blocks {}..{} were read ({}); reading again", range.from(), range.to(), why);
        return Optional.empty();
    }

    private List<String> apply(ChainCursor expected, Batch batch) {
        cursors.move(expected, batch.cursor());
        batch.blocks().forEach(blocks::record);
        List<String> applied = new ArrayList<>();
        for (ChainLog change : batch.changes()) {
            if (mirror.apply(change)) {
                applied.add(change.event());
            }
        }
        return applied;
    }

    private Step rollBack(ChainCursor cursor) {
        List<ChainBlock> recorded = blocks.atOrBelow(cursor.blockNumber(), settings.maxReorgDepth() + 1);
        ReorgDecision decision = ReorgDecision.decide(cursor, recorded,
                number -> reader.block(number).map(ChainBlock::hash).orElse(null), settings.maxReorgDepth(),
                settings.startBlock());
        if (decision.halts()) {
            return halt(decision.haltReason());
        }
        ChainCursor target = decision.rollbackTo();
        transaction.executeWithoutResult(status -> {
            cursors.move(cursor, target);
            mirror.rollbackAfter(target.blockNumber());
            blocks.deleteAfter(target.blockNumber());
        });
        metrics.reorg();
        if (decision.orphanedDepth() > 0) {
            log.error("chain reorg deeper than {} confirmations: block {} ({}) is no longer canonical and applied "
                            + "logs up to {} blocks below it were orphaned; the mirror is rolled back to block {} and "
                            + "follows the new chain. Events already published for orphaned logs stay published; the "
                            + "new chain's logs are announced anew.", settings.confirmations(), cursor.blockNumber(),
                    cursor.hash(), decision.orphanedDepth(), target.blockNumber());
        } else {
            log.warn("chain reorg deeper than {} confirmations under block {} ({}); no applied log was orphaned, "
                    + "following again after block {}", settings.confirmations(), cursor.blockNumber(), cursor.hash(),
                    target.blockNumber());
        }
        return Step.ROLLED_BACK;
    }

    private Step halt(String reason) {
        haltReason = reason;
        metrics.halted();
        log.error("chain follower {} STOPPED, its mirror no longer follows the chain: {}. Fix the cause "
                + "(RPC endpoint, chain id, contract addresses) and restart the service.", settings.name(), reason);
        return Step.HALTED;
    }

    private record Batch(ChainCursor cursor, List<ChainBlock> blocks, List<ChainLog> changes) {
    }
}
