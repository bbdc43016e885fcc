package io.athgrid.staking.bond;

import static io.athgrid.chain.Columns.instant;
import static io.athgrid.chain.Columns.ts;
import static io.athgrid.chain.Columns.wei;

import io.athgrid.events.v1.BondSlashed;
import io.athgrid.events.v1.ContainerBondChanged;
import io.athgrid.chain.LogPosition;
import io.athgrid.support.outbox.Outbox;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes ContainerBonds logs into {@code chain_bond_change} (every log, once) and {@code chain_bond}
 * (each container's bond as its latest log left it), and announces them through the outbox:
 * slashes as {@code BondSlashed}, everything else as {@code ContainerBondChanged}. Every method runs
 * in the follower's transaction.
 */
public class BondMirror {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    public BondMirror(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** Applies the log's change; false, and nothing written, when this log was applied before. */
    public boolean apply(LogPosition at, BondChange change) {
        // Only UnbondingStarted names the end; a slash during unbonding keeps it.
        Instant unbondingEnd = change.kind() == BondChange.Kind.UNBONDING_STARTED ? change.unbondingEnd()
                : change.kind() == BondChange.Kind.WITHDRAWN ? null : currentUnbondingEnd(change.containerId());
        int inserted = jdbc.sql("""
                        insert into chain_bond_change (container_id, owner, change, delta_wei, amount_wei,
                            unbonding_end, evidence_hash, block_number, block_time, tx_hash, log_index)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (tx_hash, log_index) do nothing""")
                .params(change.containerId(), change.owner(), change.kind().name(), wei(change.deltaWei()),
                        wei(change.amountWei()), ts(unbondingEnd), change.evidenceHash(), at.blockNumber(),
                        ts(at.blockTime()), at.txHash(), at.logIndex())
                .update();
        if (inserted == 0) {
            return false;
        }
        Latest latest = new Latest(change.containerId(), change.owner(), change.kind().name(), change.amountWei(),
                unbondingEnd, at.blockNumber());
        keep(latest);
        announce(at, change, unbondingEnd);
        return true;
    }

    /** Forgets every log after {@code blockNumber} (orphaned by a reorg) and rebuilds the bonds they touched. */
    public void rollbackAfter(long blockNumber) {
        List<String> touched = jdbc.sql("delete from chain_bond_change where block_number > ? returning container_id")
                .param(blockNumber)
                .query(String.class)
                .list();
        touched.stream().distinct().forEach(containerId -> {
            Optional<Latest> latest = latest(containerId);
            if (latest.isPresent()) {
                keep(latest.get());
            } else {
                delete(containerId);
            }
        });
    }

    private Instant currentUnbondingEnd(String containerId) {
        return jdbc.sql("select unbonding_end from chain_bond where container_id = ?")
                .param(containerId)
                .query((rs, row) -> instant(rs, "unbonding_end"))
                .optional()
                .orElse(null);
    }

    private Optional<Latest> latest(String containerId) {
        return jdbc.sql("""
                        select container_id, owner, change, amount_wei, unbonding_end, block_number
                        from chain_bond_change where container_id = ?
                        order by block_number desc, log_index desc limit 1""")
                .param(containerId)
                .query(BondMirror::latest)
                .optional();
    }

    private void keep(Latest bond) {
        if (bond.change().equals(BondChange.Kind.WITHDRAWN.name())) {
            delete(bond.containerId());
            return;
        }
        jdbc.sql("""
                        insert into chain_bond (container_id, owner, amount_wei, unbonding_end, block_number)
                        values (?, ?, ?, ?, ?)
                        on conflict (container_id) do update set owner = excluded.owner,
                            amount_wei = excluded.amount_wei, unbonding_end = excluded.unbonding_end,
                            block_number = excluded.block_number""")
                .params(bond.containerId(), bond.owner(), wei(bond.amountWei()), ts(bond.unbondingEnd()),
                        bond.blockNumber())
                .update();
    }

    private void delete(String containerId) {
        jdbc.sql("delete from chain_bond where container_id = ?").param(containerId).update();
    }

    private void announce(LogPosition at, BondChange change, Instant unbondingEnd) {
        if (change.kind() == BondChange.Kind.SLASHED) {
            outbox.publish(new BondSlashed(change.containerId(), change.owner(), change.deltaWei().negate(),
                    change.amountWei(), change.evidenceHash(), at.blockNumber(), at.txHash(), at.logIndex()));
        } else {
            outbox.publish(new ContainerBondChanged(change.containerId(), change.owner(), change.kind().name(),
                    change.amountWei(), unbondingEnd, at.blockNumber(), at.txHash(), at.logIndex()));
        }
    }

    private static Latest latest(ResultSet rs, int row) throws SQLException {
        return new Latest(rs.getString("container_id"), rs.getString("owner"), rs.getString("change"),
                wei(rs, "amount_wei"), instant(rs, "unbonding_end"), rs.getLong("block_number"));
    }

    private record Latest(String containerId, String owner, String change, BigInteger amountWei, Instant unbondingEnd,
            long blockNumber) {
    }
}
