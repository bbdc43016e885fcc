package io.athgrid.registry.bond;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bond of each container as last reported; every method runs in the caller's transaction. */
@Repository
public class ContainerBonds {

    private final JdbcClient jdbc;

    public ContainerBonds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Bond> find(UUID containerId) {
        return jdbc.sql("""
                        select state, amount_wei, unbonding_end, block_number, log_index
                        from container_bond where container_id = ?""")
                .param(containerId)
                .query((rs, row) -> new Bond(BondState.valueOf(rs.getString(1)), rs.getBigDecimal(2).toBigIntegerExact(),
                        instant(rs.getTimestamp(3)), new ChainPosition(rs.getLong(4), rs.getInt(5))))
                .optional();
    }

    public void save(UUID containerId, Bond bond, Instant now) {
        jdbc.sql("""
                        insert into container_bond
                            (container_id, state, amount_wei, unbonding_end, block_number, log_index, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (container_id) do update set state = excluded.state,
                            amount_wei = excluded.amount_wei, unbonding_end = excluded.unbonding_end,
                            block_number = excluded.block_number, log_index = excluded.log_index,
                            updated_at = excluded.updated_at""")
                .params(containerId, bond.state().name(), new BigDecimal(bond.amountWei()),
                        bond.unbondingEnd() == null ? null : Timestamp.from(bond.unbondingEnd()),
                        bond.position().blockNumber(), bond.position().logIndex(), Timestamp.from(now))
                .update();
    }

    /** The containers, not retired, whose bond the staking-service has reported. */
    public List<UUID> bondedLiveContainers() {
        return jdbc.sql("""
                        select b.container_id from container_bond b join container c on c.id = b.container_id
                        where c.status <> 'RETIRED' order by b.container_id""")
                .query(UUID.class)
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
