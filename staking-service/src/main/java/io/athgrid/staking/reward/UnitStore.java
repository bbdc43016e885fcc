package io.athgrid.staking.reward;

import static io.athgrid.staking.ledger.Sql.dec;
import static io.athgrid.staking.ledger.Sql.ts;

import io.athgrid.staking.ledger.Origin;
import io.athgrid.staking.ledger.Sql;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Container units per epoch: GPU-seconds of confirmed capacity and of delivered work. Keyed by what
 * earned them (a check job, a charge), so the same fact is never counted twice.
 */
public class UnitStore {

    private final JdbcClient jdbc;

    public UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records units; false when units for {@code sourceRef} were recorded before. */
    public boolean record(String sourceRef, Origin pool, long epoch, String containerId, String owner, long units,
            BigInteger chargeWei, Instant at) {
        return jdbc.sql("""
                        insert into reward_unit (source_ref, kind, epoch, container_id, owner, units, charge_wei, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (source_ref) do nothing""")
                .params(sourceRef, pool.name(), epoch, containerId, owner.toLowerCase(Locale.ROOT), units,
                        chargeWei == null ? null : dec(chargeWei), ts(at))
                .update() == 1;
    }

    /** Each container's units of a pool in an epoch, net of refunds. */
    public Map<ContainerShare, Long> netUnits(long epoch, Origin pool) {
        Map<ContainerShare, Long> units = new TreeMap<>();
        jdbc.sql("""
                        select container_id, owner, sum(units - removed_units) as net from reward_unit
                        where epoch = ? and kind = ? group by container_id, owner""")
                .params(epoch, pool.name())
                .query((rs, row) -> units.put(new ContainerShare(rs.getString("container_id"), rs.getString("owner")),
                        rs.getLong("net")))
                .list();
        return units;
    }

    /** A charge's units, locked while a refund removes some. */
    public Optional<ChargeUnits> lockCharge(String sourceRef) {
        return jdbc.sql("select epoch, units, removed_units, charge_wei from reward_unit where source_ref = ? for update")
                .param(sourceRef)
                .query((rs, row) -> new ChargeUnits(rs.getLong("epoch"), rs.getLong("units"),
                        rs.getLong("removed_units"), Sql.wei(rs, "charge_wei")))
                .optional();
    }

    /** Records that a refund removed units; false when this refund was recorded before. */
    public boolean recordRefund(String refundId, String sourceRef, long removedUnits, Instant at) {
        boolean first = jdbc.sql("""
                        insert into reward_unit_refund (refund_id, source_ref, removed_units, recorded_at)
                        values (?, ?, ?, ?) on conflict (refund_id) do nothing""")
                .params(refundId, sourceRef, removedUnits, ts(at))
                .update() == 1;
        if (first && removedUnits > 0) {
            jdbc.sql("update reward_unit set removed_units = removed_units + ? where source_ref = ?")
                    .params(removedUnits, sourceRef)
                    .update();
        }
        return first;
    }

    /** A charge's delivered units and what refunds removed so far. */
    public record ChargeUnits(long epoch, long units, long removedUnits, BigInteger chargeWei) {

        /** What a refund of {@code refundWei} removes: the charge's units pro rata to the wei refunded. */
        public long removedBy(BigInteger refundWei) {
            long left = units - removedUnits;
            if (chargeWei.signum() <= 0 || refundWei.compareTo(chargeWei) >= 0) {
                return left;
            }
            long share = BigInteger.valueOf(units).multiply(refundWei.max(BigInteger.ZERO)).divide(chargeWei)
                    .longValueExact();
            return Math.min(left, share);
        }
    }
}
