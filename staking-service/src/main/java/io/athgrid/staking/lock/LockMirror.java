package io.athgrid.staking.lock;

import static io.athgrid.chain.Columns.instant;
import static io.athgrid.chain.Columns.ts;
import static io.athgrid.chain.Columns.wei;

import io.athgrid.events.v1.StakeIncreased;
import io.athgrid.events.v1.StakeLocked;
import io.athgrid.chain.LogPosition;
import io.athgrid.support.outbox.Outbox;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes StakingPools logs into {@code chain_lock_change} (every log, once) and {@code chain_lock}
 * (each lock as its latest log left it), and announces locks and increases through the outbox.
 * Every method runs in the follower's transaction.
 */
public class LockMirror {

    private static final Logger log = LoggerFactory.getLogger(LockMirror.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;

    public LockMirror(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** Applies the log's change; false, and nothing written, when this log was applied before. */
    public boolean apply(LogPosition at, LockChange change) {
        Instant lockStart = change.lockStart() != null ? change.lockStart() : startOfCurrent(change, at);
        int inserted = jdbc.sql("""
                        insert into chain_lock_change (holder, pool, kind, delta_wei, amount_wei, lock_start,
                            unlock_time, block_number, block_time, tx_hash, log_index)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (tx_hash, log_index) do nothing""")
                .params(change.holder(), change.pool().name(), change.kind().name(), wei(change.deltaWei()),
                        wei(change.amountWei()), ts(lockStart), ts(change.unlockTime()), at.blockNumber(),
                        ts(at.blockTime()), at.txHash(), at.logIndex())
                .update();
        if (inserted == 0) {
            return false;
        }
        if (change.kind() == LockChange.Kind.WITHDRAWN) {
            delete(change.holder(), change.pool().name());
        } else {
            upsert(new Latest(change.holder(), change.pool().name(), change.kind().name(), change.amountWei(),
                    lockStart, change.unlockTime(), at.blockNumber()));
        }
        announce(at, change, lockStart);
        return true;
    }

    /** Forgets every log after {@code blockNumber} (orphaned by a reorg) and rebuilds the locks they touched. */
    public void rollbackAfter(long blockNumber) {
        List<Key> touched = jdbc.sql("delete from chain_lock_change where block_number > ? returning holder, pool")
                .param(blockNumber)
                .query((rs, row) -> new Key(rs.getString("holder"), rs.getString("pool")))
                .list();
        touched.stream().distinct().forEach(key -> {
            Optional<Latest> latest = latest(key);
            if (latest.isEmpty() || latest.get().kind().equals(LockChange.Kind.WITHDRAWN.name())) {
                delete(key.holder(), key.pool());
            } else {
                upsert(latest.get());
            }
        });
    }

    private Instant startOfCurrent(LockChange change, LogPosition at) {
        return jdbc.sql("select lock_start from chain_lock where holder = ? and pool = ?")
                .params(change.holder(), change.pool().name())
                .query((rs, row) -> instant(rs, "lock_start"))
                .optional()
                .orElseGet(() -> {
                    // Only when following started after the lock was made (start-block too late).
                    log.warn("{} of a lock the mirror never saw start ({} in {}); taking its block time as start",
                            change.kind(), change.holder(), change.pool());
                    return at.blockTime();
                });
    }

    private Optional<Latest> latest(Key key) {
        return jdbc.sql("""
                        select holder, pool, kind, amount_wei, lock_start, unlock_time, block_number
                        from chain_lock_change where holder = ? and pool = ?
                        order by block_number desc, log_index desc limit 1""")
                .params(key.holder(), key.pool())
                .query(LockMirror::latest)
                .optional();
    }

    private void upsert(Latest lock) {
        jdbc.sql("""
                        insert into chain_lock (holder, pool, amount_wei, lock_start, unlock_time, block_number)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (holder, pool) do update set amount_wei = excluded.amount_wei,
                            lock_start = excluded.lock_start, unlock_time = excluded.unlock_time,
                            block_number = excluded.block_number""")
                .params(lock.holder(), lock.pool(), wei(lock.amountWei()), ts(lock.lockStart()),
                        ts(lock.unlockTime()), lock.blockNumber())
                .update();
    }

    private void delete(String holder, String pool) {
        jdbc.sql("delete from chain_lock where holder = ? and pool = ?").params(holder, pool).update();
    }

    private void announce(LogPosition at, LockChange change, Instant lockStart) {
        switch (change.kind()) {
            case LOCKED -> outbox.publish(new StakeLocked(change.holder(), change.pool().name(), change.amountWei(),
                    lockStart, change.unlockTime(), at.blockNumber(), at.txHash(), at.logIndex()));
            case INCREASED, EXTENDED -> outbox.publish(new StakeIncreased(change.holder(), change.pool().name(),
                    change.deltaWei(), change.amountWei(), change.unlockTime(), at.blockNumber(), at.txHash(),
                    at.logIndex()));
            case WITHDRAWN -> {
                // No platform event names a withdrawal: the lock simply stops counting (Locks.asOf).
            }
        }
    }

    private static Latest latest(ResultSet rs, int row) throws SQLException {
        return new Latest(rs.getString("holder"), rs.getString("pool"), rs.getString("kind"), wei(rs, "amount_wei"),
                instant(rs, "lock_start"), instant(rs, "unlock_time"), rs.getLong("block_number"));
    }

    private record Key(String holder, String pool) {
    }

    private record Latest(String holder, String pool, String kind, BigInteger amountWei, Instant lockStart,
            Instant unlockTime, long blockNumber) {
    }
}
