package io.athgrid.staking.lock;

import static io.athgrid.chain.Columns.instant;
import static io.athgrid.chain.Columns.ts;
import static io.athgrid.chain.Columns.wei;

import io.athgrid.chain.ChainCursors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link Locks} from the chain mirror: what stood at an instant is, per holder and pool, the latest
 * change in a block at or before it ({@code chain_lock_change}), unless that was a withdrawal or
 * the lock had expired by then.
 */
public class MirroredLocks implements Locks {

    private final JdbcClient jdbc;
    private final ChainCursors cursors;
    private final boolean following;

    /** With {@code following} false (no RPC endpoint) the mirror never moves, so what it holds is final. */
    public MirroredLocks(JdbcClient jdbc, ChainCursors cursors, boolean following) {
        this.jdbc = jdbc;
        this.cursors = cursors;
        this.following = following;
    }

    @Override
    public boolean completeAt(Instant instant) {
        // Blocks may share a timestamp: only a block mirrored strictly after the instant proves none is missing.
        return !following || cursors.confirmedUntil().filter(until -> until.isAfter(instant)).isPresent();
    }

    @Override
    public List<LockSnapshot> asOf(Instant instant) {
        return jdbc.sql("""
                        select holder, pool, amount_wei, lock_start, unlock_time from (
                            select distinct on (holder, pool) holder, pool, kind, amount_wei, lock_start, unlock_time
                            from chain_lock_change where block_time <= ?
                            order by holder, pool, block_number desc, log_index desc) latest
                        where kind <> 'WITHDRAWN' and unlock_time > ?
                        order by holder, pool""")
                .params(ts(instant), ts(instant))
                .query(MirroredLocks::snapshot)
                .list();
    }

    /** The holder's locks now (withdrawn ones gone, expired ones still there until withdrawn), by pool. */
    public List<LockSnapshot> ofHolder(String holder) {
        return jdbc.sql("""
                        select holder, pool, amount_wei, lock_start, unlock_time from chain_lock
                        where holder = ? order by pool""")
                .param(holder)
                .query(MirroredLocks::snapshot)
                .list();
    }

    private static LockSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        return new LockSnapshot(rs.getString("holder"), rs.getString("pool"), wei(rs, "amount_wei"),
                instant(rs, "lock_start"), instant(rs, "unlock_time"));
    }
}
