package io.athgrid.staking.chain;

import static io.athgrid.chain.Columns.instant;
import static io.athgrid.chain.Columns.ts;
import static io.athgrid.chain.Columns.wei;

import io.athgrid.chain.LogPosition;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Epoch roots posted to the RewardDistributor, as confirmed on chain ({@code chain_root}). */
public class PostedRoots {

    private static final String COLUMNS = "epoch, root, total_wei, block_number, block_time, tx_hash, log_index";

    private final JdbcClient jdbc;

    public PostedRoots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The root posted for the epoch with the configured confirmations, if any (the contract takes one). */
    public Optional<PostedRoot> of(long epoch) {
        return jdbc.sql("select " + COLUMNS + " from chain_root where epoch = ?")
                .param(epoch)
                .query(PostedRoots::root)
                .optional();
    }

    /** Every posted root, oldest epoch first. */
    public List<PostedRoot> all() {
        return jdbc.sql("select " + COLUMNS + " from chain_root order by epoch").query(PostedRoots::root).list();
    }

    /** Records the root in the follower's transaction; false when seen before. */
    boolean record(LogPosition at, RootPosted root) {
        return jdbc.sql("insert into chain_root (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(root.epoch(), root.root(), wei(root.totalWei()), at.blockNumber(), ts(at.blockTime()),
                        at.txHash(), at.logIndex())
                .update() == 1;
    }

    void rollbackAfter(long blockNumber) {
        jdbc.sql("delete from chain_root where block_number > ?").param(blockNumber).update();
    }

    private static PostedRoot root(ResultSet rs, int row) throws SQLException {
        return new PostedRoot(rs.getLong("epoch"), rs.getString("root"), wei(rs, "total_wei"),
                rs.getLong("block_number"), instant(rs, "block_time"), rs.getString("tx_hash"),
                rs.getInt("log_index"));
    }

    /** One confirmed {@code EpochRootPosted}: root as 0x hex, total in wei, and the transaction that posted it. */
    public record PostedRoot(long epoch, String root, BigInteger totalWei, long blockNumber, Instant blockTime,
            String txHash, int logIndex) {
    }
}
