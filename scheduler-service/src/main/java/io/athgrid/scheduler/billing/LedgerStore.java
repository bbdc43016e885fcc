package io.athgrid.scheduler.billing;

import static io.athgrid.scheduler.Rows.instant;
import static io.athgrid.scheduler.Rows.ts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Charges, refunds and waived reserved periods; every method runs in the caller's transaction. */
public class LedgerStore {

    private static final String CHARGE_COLUMNS = """
            id, job_id, order_id, enterprise_id, lease_id, container_id, owner, period_start, period_end, gpu_seconds,
            amount_usd, amount_wei, protocol_fee_wei, provider_fee_wei, metered_at""";
    private static final String REFUND_COLUMNS = """
            id, charge_id, job_id, order_id, container_id, owner, period_start, period_end, amount_usd, amount_wei,
            protocol_fee_wei, provider_fee_wei, reason, issued_at""";

    private final JdbcClient jdbc;

    public LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Charge charge) {
        jdbc.sql("insert into charge (" + CHARGE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(charge.id(), charge.jobId(), charge.orderId(), charge.enterpriseId(), charge.leaseId(),
                        charge.containerId(), charge.owner(), ts(charge.span().start()), ts(charge.span().end()),
                        charge.gpuSeconds(), charge.amountUsd(), dec(charge.split().amountWei()),
                        dec(charge.split().protocolFeeWei()), dec(charge.split().providerFeeWei()), ts(charge.meteredAt()))
                .update();
    }

    public void insert(Refund refund) {
        jdbc.sql("insert into refund (" + REFUND_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(refund.id(), refund.chargeId(), refund.jobId(), refund.orderId(), refund.containerId(),
                        refund.owner(), ts(refund.span().start()), ts(refund.span().end()), refund.amountUsd(),
                        dec(refund.split().amountWei()), dec(refund.split().protocolFeeWei()), dec(refund.split().providerFeeWei()),
                        refund.reason(), ts(refund.issuedAt()))
                .update();
    }

    /** The charges of these leases, oldest first. */
    public List<Charge> chargesOfLeases(Collection<UUID> leaseIds) {
        if (leaseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CHARGE_COLUMNS + " from charge where lease_id in (:leases) order by period_start, id")
                .param("leases", leaseIds)
                .query(LedgerStore::charge)
                .list();
    }

    /** The spans already refunded of each of these charges (charges without refunds are absent). */
    public Map<UUID, List<Interval>> refundedSpans(Collection<UUID> chargeIds) {
        if (chargeIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Interval>> refunded = new HashMap<>();
        jdbc.sql("select charge_id, period_start, period_end from refund where charge_id in (:charges)")
                .param("charges", chargeIds)
                .query(rs -> {
                    refunded.computeIfAbsent(rs.getObject("charge_id", UUID.class), id -> new ArrayList<>())
                            .add(new Interval(instant(rs, "period_start"), instant(rs, "period_end")));
                });
        return refunded;
    }

    /** The jobs with a charge for a container's service that overlaps {@code span}. */
    public List<UUID> jobsChargedFor(String containerId, Interval span) {
        return jdbc.sql("""
                        select distinct job_id from charge
                        where container_id = ? and period_end > ? and period_start < ?""")
                .params(containerId, ts(span.start()), ts(span.end()))
                .query(UUID.class)
                .list();
    }

    public List<Charge> chargesOfOrder(UUID orderId) {
        return jdbc.sql("select " + CHARGE_COLUMNS + " from charge where order_id = ? order by period_start, id")
                .param(orderId)
                .query(LedgerStore::charge)
                .list();
    }

    public List<Refund> refundsOfOrder(UUID orderId) {
        return jdbc.sql("select " + REFUND_COLUMNS + " from refund where order_id = ? order by issued_at, id")
                .param(orderId)
                .query(LedgerStore::refund)
                .list();
    }

    /** Marks a reserved order's period as not charged; false when it already was. */
    public boolean waive(UUID orderId, Instant periodStart) {
        return jdbc.sql("insert into waived_period (order_id, period_start) values (?, ?) on conflict do nothing")
                .params(orderId, ts(periodStart))
                .update() == 1;
    }

    public boolean waived(UUID orderId, Instant periodStart) {
        return jdbc.sql("select count(*) from waived_period where order_id = ? and period_start = ?")
                .params(orderId, ts(periodStart))
                .query(Long.class)
                .single() > 0;
    }

    static Charge charge(ResultSet rs, int row) throws SQLException {
        return new Charge(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("enterprise_id"),
                rs.getObject("lease_id", UUID.class), rs.getString("container_id"), rs.getString("owner"),
                new Interval(instant(rs, "period_start"), instant(rs, "period_end")), rs.getLong("gpu_seconds"),
                rs.getBigDecimal("amount_usd"), split(rs), instant(rs, "metered_at"));
    }

    static Refund refund(ResultSet rs, int row) throws SQLException {
        return new Refund(rs.getObject("id", UUID.class), rs.getObject("charge_id", UUID.class),
                rs.getObject("job_id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("container_id"), rs.getString("owner"),
                new Interval(instant(rs, "period_start"), instant(rs, "period_end")), rs.getBigDecimal("amount_usd"),
                split(rs), rs.getString("reason"), instant(rs, "issued_at"));
    }

    private static FeeSplit split(ResultSet rs) throws SQLException {
        return new FeeSplit(wei(rs, "amount_wei"), wei(rs, "protocol_fee_wei"), wei(rs, "provider_fee_wei"));
    }

    private static BigDecimal dec(BigInteger wei) {
        return new BigDecimal(wei);
    }

    private static BigInteger wei(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).toBigIntegerExact();
    }
}
