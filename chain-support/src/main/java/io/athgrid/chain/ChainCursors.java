package io.athgrid.chain;

import static io.athgrid.chain.Columns.instant;
import static io.athgrid.chain.Columns.ts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The follower's cursor in {@code chain_cursor}. It only moves by compare-and-set in the
 * transaction that applies (or rolls back) the blocks, so two replicas following at once cannot
 * both apply the same blocks: the second one's move finds the cursor gone and rolls back.
 */
public class ChainCursors {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String name;

    /** The cursor called {@code name}: one row per follower, so a service may follow several chains or contracts. */
    public ChainCursors(JdbcClient jdbc, Clock clock, String name) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.name = name;
    }

    /** The cursor, or one before {@code startBlock} when nothing was followed yet. */
    public ChainCursor current(long startBlock) {
        return find().orElseGet(() -> ChainCursor.before(startBlock));
    }

    public Optional<ChainCursor> find() {
        return jdbc.sql("select block_number, block_hash, block_time from chain_cursor where name = ?")
                .param(name)
                .query((rs, row) -> new ChainCursor(rs.getLong("block_number"), rs.getString("block_hash"),
                        instant(rs, "block_time")))
                .optional();
    }

    /**
     * The timestamp of the last block applied: every confirmed log of a block at or before it is in
     * the mirror. What reads the mirror "as of" an instant should first see this reach the instant.
     */
    public Optional<Instant> confirmedUntil() {
        return find().map(ChainCursor::blockTime);
    }

    /**
     * Moves the cursor from {@code expected} (compared by number and hash) to {@code next}, in the
     * caller's transaction.
     *
     * @throws CursorMovedException when the cursor is no longer {@code expected}: someone else moved it
     */
    public void move(ChainCursor expected, ChainCursor next) {
        int moved = jdbc.sql("""
                        update chain_cursor set block_number = ?, block_hash = ?, block_time = ?, updated_at = ?
                        where name = ? and block_number = ? and block_hash is not distinct from cast(? as varchar)""")
                .params(next.blockNumber(), next.hash(), ts(next.blockTime()), ts(clock.instant()), name,
                        expected.blockNumber(),
                        expected.hash())
                .update();
        if (moved == 0 && expected.hash() == null) {
            // The very first move: no row yet, unless another follower just wrote one.
            moved = jdbc.sql("""
                            insert into chain_cursor (name, block_number, block_hash, block_time, updated_at)
                            values (?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(name, next.blockNumber(), next.hash(), ts(next.blockTime()), ts(clock.instant()))
                    .update();
        }
        if (moved == 0) {
            throw new CursorMovedException("the chain cursor is no longer at block " + expected.blockNumber()
                    + ": another follower moved it");
        }
    }

    /** The cursor was moved by someone else since it was read; the transaction must not commit. */
    public static class CursorMovedException extends RuntimeException {

        public CursorMovedException(String message) {
            super(message);
        }
    }
}
