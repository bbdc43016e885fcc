package io.athgrid.scheduler.provider;

import static io.athgrid.scheduler.Rows.instant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Providers' leases with what each has earned so far, read from the lease table and the ledger. */
public class ProviderLeaseStore {

    private static final String SQL = """
            select l.id, l.job_id, l.container_id, l.gpus, l.price_usd_per_gpu_hour, l.started_at, l.metered_until,
                   l.ended_at, l.end_reason,
                   coalesce(charged.gpu_seconds, 0) as gpu_seconds,
                   coalesce(charged.provider_fee_wei, 0) - coalesce(refunded.provider_fee_wei, 0) as provider_fee_wei
            from lease l
            left join lateral (
                select sum(c.gpu_seconds) as gpu_seconds, sum(c.provider_fee_wei) as provider_fee_wei
                from charge c where c.lease_id = l.id) charged on true
            left join lateral (
                select sum(r.provider_fee_wei) as provider_fee_wei
                from charge c join refund r on r.charge_id = c.id where c.lease_id = l.id) refunded on true
            where true %s
            order by l.started_at desc nulls first, l.id
            limit :limit""";

    private final JdbcClient jdbc;

    public ProviderLeaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first (leases not started yet before all); {@code owner} lower-case, or empty for every owner's. */
    List<ProviderLease> find(Optional<String> owner, LeaseFilter filter) {
        StringBuilder where = new StringBuilder();
        owner.ifPresent(o -> where.append(" and lower(l.owner) = :owner"));
        if (filter.containerId() != null) {
            where.append(" and l.container_id = :container");
        }
        if (filter.activeOnly()) {
            where.append(" and l.ended_at is null");
        }
        var sql = jdbc.sql(SQL.formatted(where)).param("limit", filter.limit());
        if (owner.isPresent()) {
            sql = sql.param("owner", owner.get());
        }
        if (filter.containerId() != null) {
            sql = sql.param("container", filter.containerId());
        }
        return sql.query((rs, row) -> new ProviderLease(rs.getObject("id", UUID.class),
                        rs.getObject("job_id", UUID.class), rs.getString("container_id"), rs.getInt("gpus"),
                        ProviderLease.price(rs.getBigDecimal("price_usd_per_gpu_hour")), instant(rs, "started_at"),
                        instant(rs, "metered_until"), instant(rs, "ended_at"), rs.getString("end_reason"),
                        rs.getLong("gpu_seconds"), rs.getBigDecimal("provider_fee_wei").toBigIntegerExact()))
                .list();
    }
}
