package io.athgrid.staking.bond;

import static io.athgrid.chain.Columns.instant;
import static io.athgrid.chain.Columns.wei;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Container bonds as mirrored from chain: the bond now and the changes that led to it. */
public class Bonds {

    private final JdbcClient jdbc;

    public Bonds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The container's bond; empty when it has none (never posted, or withdrawn). */
    public Optional<Bond> find(String containerId) {
        return jdbc.sql("select container_id, owner, amount_wei, unbonding_end from chain_bond where container_id = ?")
                .param(containerId)
                .query((rs, row) -> new Bond(rs.getString("container_id"), rs.getString("owner"),
                        wei(rs, "amount_wei"), instant(rs, "unbonding_end")))
                .optional();
    }

    /** Every change of the container's bonds, oldest first (a withdrawn bond's past included). */
    public List<Change> changes(String containerId) {
        return jdbc.sql("""
                        select change, owner, delta_wei, amount_wei, unbonding_end, evidence_hash, block_number,
                            block_time, tx_hash, log_index
                        from chain_bond_change where container_id = ? order by block_number, log_index""")
                .param(containerId)
                .query((rs, row) -> new Change(rs.getString("change"), rs.getString("owner"), wei(rs, "delta_wei"),
                        wei(rs, "amount_wei"), instant(rs, "unbonding_end"), rs.getString("evidence_hash"),
                        rs.getLong("block_number"), instant(rs, "block_time"), rs.getString("tx_hash"),
                        rs.getInt("log_index")))
                .list();
    }

    /** A bond now; {@code unbondingEnd} is set once the owner started unbonding. */
    public record Bond(String containerId, String owner, BigInteger amountWei, Instant unbondingEnd) {
    }

    /** One mirrored ContainerBonds log: what it moved and what was bonded after it. */
    public record Change(String change, String owner, BigInteger deltaWei, BigInteger amountWei, Instant unbondingEnd,
            String evidenceHash, long blockNumber, Instant blockTime, String txHash, int logIndex) {
    }
}
