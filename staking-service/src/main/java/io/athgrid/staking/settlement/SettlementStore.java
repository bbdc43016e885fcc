package io.athgrid.staking.settlement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * The {@code settlement_epoch} and {@code settlement_leaf} tables: each epoch's tree as computed,
 * every leaf and every node, so proofs are read back rather than recomputed.
 */
public class SettlementStore {

    private static final String COLUMNS = """
            epoch, status, root, total_wei, leaf_count, tx_id, tx_hash, block_number, reason, computed_at, settled_at""";
    /** Rows per insert statement: big epochs go in slices, each statement bounded. */
    private static final int LEAVES_PER_INSERT = 10_000;

    private final JdbcClient jdbc;

    public SettlementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EpochSettlement> find(long epoch) {
        return jdbc.sql("select " + COLUMNS + " from settlement_epoch where epoch = ?").param(epoch)
                .query(this::map).optional();
    }

    /** The newest epoch recorded, whatever its status. */
    public Optional<EpochSettlement> latest() {
        return jdbc.sql("select " + COLUMNS + " from settlement_epoch order by epoch desc limit 1")
                .query(this::map).optional();
    }

    /** Stores the tree, its nodes and every leaf; the root is posted by outgoing transaction {@code txId}. */
    public void saveComputed(EpochTree tree, String txId, Instant now) {
        jdbc.sql("""
                        insert into settlement_epoch (epoch, status, root, total_wei, leaf_count, tree_nodes, tx_id, computed_at)
                        values (?, 'POSTING', ?, ?, ?, ?, ?, ?)""")
                .params(tree.epoch(), tree.rootHex(), new BigDecimal(tree.total()), tree.size(), tree.nodes(), txId,
                        Timestamp.from(now))
                .update();
        for (int from = 0; from < tree.size(); from += LEAVES_PER_INSERT) {
            insertLeaves(tree, from, Math.min(tree.size(), from + LEAVES_PER_INSERT));
        }
    }

    private void insertLeaves(EpochTree tree, int from, int to) {
        String[] accounts = new String[to - from];
        String[] amounts = new String[to - from];
        Integer[] nodes = new Integer[to - from];
        Integer[] indices = new Integer[to - from];
        for (int i = from; i < to; i++) {
            EpochTree.Leaf leaf = tree.leaf(i);
            accounts[i - from] = leaf.account();
            amounts[i - from] = leaf.amount().toString();
            nodes[i - from] = leaf.node();
            indices[i - from] = leaf.index();
        }
        jdbc.sql("""
                        insert into settlement_leaf (epoch, account, amount_wei, node_index, leaf_index)
                        select ?, account, amount::numeric, node, index
                        from unnest(?, ?, ?, ?) as leaf (account, amount, node, index)""")
                .params(tree.epoch(), new SqlArrayValue("text", (Object[]) accounts),
                        new SqlArrayValue("text", (Object[]) amounts), new SqlArrayValue("int4", (Object[]) nodes),
                        new SqlArrayValue("int4", (Object[]) indices))
                .update();
    }

    /** An epoch in which nobody had anything to claim: recorded so the next one may follow. */
    public void saveEmpty(long epoch, Instant now) {
        jdbc.sql("""
                        insert into settlement_epoch (epoch, status, total_wei, leaf_count, computed_at, settled_at)
                        values (?, 'EMPTY', 0, 0, ?, ?)""")
                .params(epoch, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public void settled(long epoch, String txHash, long blockNumber, Instant now) {
        jdbc.sql("""
                        update settlement_epoch set status = 'SETTLED', tx_hash = ?, block_number = ?, settled_at = ?
                        where epoch = ? and status = 'POSTING'""")
                .params(txHash, blockNumber, Timestamp.from(now), epoch)
                .update();
    }

    public void stopped(long epoch, SettlementStatus status, String reason) {
        if (status != SettlementStatus.HALTED && status != SettlementStatus.FAILED) {
            throw new IllegalArgumentException("not a stop: " + status);
        }
        jdbc.sql("update settlement_epoch set status = ?, reason = ? where epoch = ? and status = 'POSTING'")
                .params(status.name(), reason, epoch)
                .update();
    }

    /** A FAILED epoch goes back to POSTING when a person retries it. */
    public boolean reopenFailed(long epoch) {
        return jdbc.sql("update settlement_epoch set status = 'POSTING', reason = null where epoch = ? and status = 'FAILED'")
                .param(epoch).update() == 1;
    }

    public Optional<StoredLeaf> leaf(long epoch, String account) {
        return jdbc.sql("""
                        select leaf_index, account, amount_wei, node_index from settlement_leaf
                        where epoch = ? and account = ?""")
                .params(epoch, account)
                .query(SettlementStore::leaf).optional();
    }

    /** Up to {@code limit} leaves in account order, after {@code afterAccount} (null: from the first). */
    public List<StoredLeaf> leaves(long epoch, String afterAccount, int limit) {
        return jdbc.sql("""
                        select leaf_index, account, amount_wei, node_index from settlement_leaf
                        where epoch = ? and account > ? order by account limit ?""")
                .params(epoch, afterAccount == null ? "" : afterAccount, limit)
                .query(SettlementStore::leaf).list();
    }

    /** The hashes of these nodes of the epoch's tree, in the order asked: slices of the stored node array. */
    public List<String> nodeHashes(long epoch, int[] nodes) {
        if (nodes.length == 0) {
            return List.of();
        }
        Integer[] indices = IntStream.of(nodes).boxed().toArray(Integer[]::new);
        List<String> hashes = jdbc.sql("""
                        select '0x' || encode(substring(s.tree_nodes from n.node * 32 + 1 for 32), 'hex')
                        from settlement_epoch s, unnest(?) with ordinality as n (node, position)
                        where s.epoch = ? order by n.position""")
                .params(new SqlArrayValue("int4", (Object[]) indices), epoch)
                .query(String.class).list();
        if (hashes.size() != nodes.length) {
            throw new IllegalStateException("epoch " + epoch + " has no stored nodes " + Arrays.toString(nodes));
        }
        return hashes;
    }

    private static StoredLeaf leaf(ResultSet rs, int row) throws SQLException {
        return new StoredLeaf(rs.getInt("leaf_index"), rs.getString("account"),
                rs.getBigDecimal("amount_wei").toBigIntegerExact(), rs.getInt("node_index"));
    }

    private EpochSettlement map(ResultSet rs, int row) throws SQLException {
        return new EpochSettlement(rs.getLong("epoch"), SettlementStatus.valueOf(rs.getString("status")),
                rs.getString("root"), rs.getBigDecimal("total_wei").toBigIntegerExact(), rs.getInt("leaf_count"),
                rs.getString("tx_id"), rs.getString("tx_hash"), rs.getObject("block_number", Long.class),
                rs.getString("reason"), instant(rs, "computed_at"), instant(rs, "settled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** One leaf as stored: its index, what the account claims and where its hash sits in the tree. */
    public record StoredLeaf(int index, String account, BigInteger amountWei, int node) {
    }
}
