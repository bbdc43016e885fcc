package io.athgrid.staking.settlement.tx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code outgoing_tx} table. Each method is one state change; the caller holds the transaction.
 * Changes check the status they start from, so a step that lost a race changes nothing.
 */
public class OutgoingTxStore {

    private static final String COLUMNS = """
            id, purpose, subject, status, sender, nonce, tx_hash, raw_tx, broadcast_at, block_number,
            block_hash, gas_used, reverted, reason, created_at, finished_at""";

    private final JdbcClient jdbc;

    public OutgoingTxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new intent; false (and nothing written) when it exists already. */
    public boolean queue(String purpose, String subject, Instant now) {
        return jdbc.sql("""
                        insert into outgoing_tx (id, purpose, subject, status, created_at)
                        values (?, ?, ?, 'QUEUED', ?) on conflict (id) do nothing""")
                .params(OutgoingTx.idOf(purpose, subject), purpose, subject, ts(now))
                .update() == 1;
    }

    public Optional<OutgoingTx> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from outgoing_tx where id = ?").param(id).query(this::map).optional();
    }

    /** The row, locked until the caller's transaction ends. */
    public Optional<OutgoingTx> lock(String id) {
        return jdbc.sql("select " + COLUMNS + " from outgoing_tx where id = ? for update").param(id)
                .query(this::map).optional();
    }

    /** Unfinished transactions in the order they were wanted. */
    public List<OutgoingTx> unfinished() {
        return jdbc.sql("select " + COLUMNS + " from outgoing_tx where status in ('QUEUED', 'SIGNED', 'BROADCAST', 'MINED')"
                        + " order by seq")
                .query(this::map).list();
    }

    /** The highest nonce of our transactions signed but not yet final, or null. */
    public BigInteger highestNonceInFlight(String sender) {
        BigDecimal highest = jdbc.sql("""
                        select coalesce(max(nonce), -1) from outgoing_tx
                        where sender = ? and status in ('SIGNED', 'BROADCAST', 'MINED')""")
                .param(sender).query(BigDecimal.class).single();
        return highest.signum() < 0 ? null : highest.toBigIntegerExact();
    }

    /** Transactions waiting for a person: halted or failed. */
    public int stuck() {
        return jdbc.sql("select count(*) from outgoing_tx where status in ('HALTED', 'FAILED')").query(Integer.class).single();
    }

    /** Stores the signed transaction; it is broadcast only after this commits. */
    public void signed(String id, String sender, BigInteger nonce, Eip1559Transaction transaction,
            Eip1559Transaction.Signed signed, Instant now) {
        int changed = jdbc.sql("""
                        update outgoing_tx set status = 'SIGNED', sender = ?, nonce = ?, to_address = ?, call_data = ?,
                            max_fee_per_gas = ?, max_priority_fee_per_gas = ?, gas_limit = ?, raw_tx = ?, tx_hash = ?,
                            reason = null
                        where id = ? and status = 'QUEUED'""")
                .params(sender, new BigDecimal(nonce), transaction.to(), transaction.data(),
                        new BigDecimal(transaction.maxFeePerGas()), new BigDecimal(transaction.maxPriorityFeePerGas()),
                        new BigDecimal(transaction.gasLimit()), signed.rawHex(), signed.hash(), id)
                .update();
        requireOne(changed, id, "QUEUED");
        jdbc.sql("""
                        insert into outgoing_tx_attempt (tx_id, attempt, nonce, tx_hash, raw_tx, signed_at)
                        select ?, coalesce(max(attempt), 0) + 1, ?, ?, ?, ? from outgoing_tx_attempt where tx_id = ?""")
                .params(id, new BigDecimal(nonce), signed.hash(), signed.rawHex(), ts(now), id)
                .update();
    }

    public void broadcast(String id, Instant now) {
        requireOne(jdbc.sql("update outgoing_tx set status = 'BROADCAST', broadcast_at = ?, reason = null"
                        + " where id = ? and status = 'SIGNED'").params(ts(now), id).update(), id, "SIGNED");
    }

    public void rebroadcast(String id, Instant now) {
        jdbc.sql("update outgoing_tx set broadcast_at = ? where id = ? and status = 'BROADCAST'").params(ts(now), id)
                .update();
    }

    /** The node refused the transaction for a reason that may pass (fees, funds, an outage): kept for the record. */
    public void refused(String id, String reason) {
        jdbc.sql("update outgoing_tx set reason = ? where id = ?").params(reason, id).update();
    }

    /** The effect is on chain by {@code txHash} (ours after a revert, or another sender's): follow that one. */
    public void adopt(String id, String txHash, Instant now) {
        jdbc.sql("""
                        update outgoing_tx set status = 'BROADCAST', tx_hash = ?, nonce = null, raw_tx = null,
                            broadcast_at = ?, block_number = null, block_hash = null, gas_used = null, reverted = false
                        where id = ?""")
                .params(txHash, ts(now), id).update();
    }

    public void mined(String id, long blockNumber, String blockHash, long gasUsed, boolean reverted) {
        jdbc.sql("""
                        update outgoing_tx set status = 'MINED', block_number = ?, block_hash = ?, gas_used = ?, reverted = ?
                        where id = ? and status in ('BROADCAST', 'MINED')""")
                .params(blockNumber, blockHash, gasUsed, reverted, id).update();
    }

    /** A reorganisation took the transaction out of its block: wait for its receipt again. */
    public void unmined(String id) {
        jdbc.sql("""
                        update outgoing_tx set status = 'BROADCAST', block_number = null, block_hash = null, gas_used = null,
                            reverted = false
                        where id = ? and status = 'MINED'""")
                .param(id).update();
    }

    /** The signed transaction can never be mined (its nonce went to another): the intent waits to be signed anew. */
    public void requeue(String id, String reason) {
        jdbc.sql("""
                        update outgoing_tx set status = 'QUEUED', nonce = null, raw_tx = null, tx_hash = null,
                            broadcast_at = null, reason = ?
                        where id = ? and status = 'BROADCAST'""")
                .params(reason, id).update();
    }

    /** A person fixed what made it fail: prepare it again (the purpose re-reads the chain first). */
    public boolean retryFailed(String id, String reason) {
        return jdbc.sql("""
                        update outgoing_tx set status = 'QUEUED', nonce = null, raw_tx = null, tx_hash = null,
                            broadcast_at = null, block_number = null, block_hash = null, gas_used = null, reverted = false,
                            finished_at = null, reason = ?
                        where id = ? and status = 'FAILED'""")
                .params(reason, id).update() == 1;
    }

    public void confirmed(String id, Instant now) {
        requireOne(jdbc.sql("update outgoing_tx set status = 'CONFIRMED', finished_at = ? where id = ? and status = 'MINED'")
                .params(ts(now), id).update(), id, "MINED");
    }

    public void ended(String id, TxStatus status, String reason, Instant now) {
        if (status != TxStatus.SKIPPED && status != TxStatus.HALTED && status != TxStatus.FAILED) {
            throw new IllegalArgumentException("not an end without effect: " + status);
        }
        jdbc.sql("update outgoing_tx set status = ?, reason = ?, finished_at = ? where id = ?")
                .params(status.name(), reason, ts(now), id).update();
    }

    private static void requireOne(int changed, String id, String expected) {
        if (changed != 1) {
            throw new IllegalStateException("outgoing transaction " + id + " was no longer " + expected);
        }
    }

    private OutgoingTx map(ResultSet rs, int row) throws SQLException {
        BigDecimal nonce = rs.getBigDecimal("nonce");
        return new OutgoingTx(rs.getString("id"), rs.getString("purpose"), rs.getString("subject"),
                TxStatus.valueOf(rs.getString("status")), rs.getString("sender"),
                nonce == null ? null : nonce.toBigIntegerExact(), rs.getString("tx_hash"), rs.getString("raw_tx"),
                instant(rs, "broadcast_at"), rs.getObject("block_number", Long.class), rs.getString("block_hash"),
                rs.getObject("gas_used", Long.class), rs.getBoolean("reverted"), rs.getString("reason"),
                instant(rs, "created_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
