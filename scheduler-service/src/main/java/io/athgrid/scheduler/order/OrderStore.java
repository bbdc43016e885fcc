package io.athgrid.scheduler.order;

import static io.athgrid.scheduler.Rows.instant;
import static io.athgrid.scheduler.Rows.ts;

import io.athgrid.support.pricing.AthUsdRate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The job_order table; every method runs in the caller's transaction. */
public class OrderStore {

    private static final String COLUMNS = """
            id, enterprise_id, kind, gpu_model, gpus_per_node, nodes, min_vram_gb_per_gpu, min_bandwidth_mbps,
            region, max_latency_ms, service, max_price_usd_per_gpu_hour, policy, starts_at, duration_seconds,
            usd_per_ath, rate_source, rate_as_of, created_at""";

    private final JdbcClient jdbc;

    public OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Order order) {
        jdbc.sql("insert into job_order (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(order.id(), order.enterpriseId(), order.kind().name(), order.gpuModel(), order.gpusPerNode(),
                        order.nodes(), order.minVramGbPerGpu(), order.minBandwidthMbps(), order.region(),
                        order.maxLatencyMs(), order.service(), order.maxPriceUsdPerGpuHour(), order.policy().name(),
                        ts(order.startsAt()), order.durationSeconds(), order.rate().usdPerAth(), order.rate().source(),
                        ts(order.rate().asOf()), ts(order.createdAt()))
                .update();
    }

    public Optional<Order> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from job_order where id = ?").param(id).query(OrderStore::order)
                .optional();
    }

    /** One enterprise's orders, newest first; all orders when {@code enterpriseId} is null (operators). */
    public List<Order> list(String enterpriseId, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from job_order where (cast(? as varchar) is null or enterprise_id = ?) "
                        + "order by created_at desc, id limit ? offset ?")
                .params(enterpriseId, enterpriseId, size, (long) page * size)
                .query(OrderStore::order)
                .list();
    }

    static Order order(ResultSet rs, int row) throws SQLException {
        return new Order(rs.getObject("id", UUID.class), rs.getString("enterprise_id"),
                OrderKind.valueOf(rs.getString("kind")), rs.getString("gpu_model"), rs.getInt("gpus_per_node"),
                rs.getInt("nodes"), rs.getObject("min_vram_gb_per_gpu", Integer.class),
                rs.getObject("min_bandwidth_mbps", Integer.class), rs.getString("region"), rs.getInt("max_latency_ms"),
                rs.getString("service"), rs.getBigDecimal("max_price_usd_per_gpu_hour"),
                RankingPolicy.valueOf(rs.getString("policy")), instant(rs, "starts_at"),
                rs.getObject("duration_seconds", Long.class),
                new AthUsdRate(rs.getBigDecimal("usd_per_ath"), rs.getString("rate_source"), instant(rs, "rate_as_of")),
                instant(rs, "created_at"));
    }
}
