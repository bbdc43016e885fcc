package io.athgrid.staking.slash;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code bond_slash_order} table. */
public class SlashOrderStore {

    private final JdbcClient jdbc;

    public SlashOrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False (and nothing written) when the slash id was ordered before. */
    public boolean insert(String slashId, String containerId, BigDecimal amountWei, String evidenceHash, String txId,
            Instant now) {
        return jdbc.sql("""
                        insert into bond_slash_order (slash_id, container_id, amount_wei, evidence_hash, status, tx_id, ordered_at)
                        values (?, ?, ?, ?, 'ORDERED', ?, ?) on conflict (slash_id) do nothing""")
                .params(slashId, containerId, amountWei, evidenceHash, txId, Timestamp.from(now))
                .update() == 1;
    }

    public Optional<SlashOrder> find(String slashId) {
        return jdbc.sql("select * from bond_slash_order where slash_id = ?").param(slashId).query(this::map).optional();
    }

    /** What is about to be sent, decided from the bond on chain. */
    public void planned(String slashId, SlashPlan plan) {
        jdbc.sql("update bond_slash_order set slashed_wei = ?, reason = ? where slash_id = ? and status = 'ORDERED'")
                .params(new BigDecimal(plan.amountWei()), plan.note(), slashId)
                .update();
    }

    public void executed(String slashId, String txHash, Instant now) {
        jdbc.sql("""
                        update bond_slash_order set status = 'EXECUTED', tx_hash = ?, finished_at = ?
                        where slash_id = ? and status = 'ORDERED'""")
                .params(txHash, Timestamp.from(now), slashId)
                .update();
    }

    public void ended(String slashId, SlashOrderStatus status, String reason, Instant now) {
        jdbc.sql("""
                        update bond_slash_order set status = ?, reason = ?, finished_at = ?
                        where slash_id = ? and status = 'ORDERED'""")
                .params(status.name(), reason, Timestamp.from(now), slashId)
                .update();
    }

    private SlashOrder map(ResultSet rs, int row) throws SQLException {
        BigDecimal slashed = rs.getBigDecimal("slashed_wei");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new SlashOrder(rs.getString("slash_id"), rs.getString("container_id"),
                rs.getBigDecimal("amount_wei").toBigIntegerExact(), rs.getString("evidence_hash"),
                SlashOrderStatus.valueOf(rs.getString("status")), rs.getString("tx_id"),
                slashed == null ? null : slashed.toBigIntegerExact(), rs.getString("tx_hash"), rs.getString("reason"),
                rs.getTimestamp("ordered_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}
