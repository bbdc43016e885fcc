package io.athgrid.scheduler.lease;

import static io.athgrid.scheduler.Rows.instant;
import static io.athgrid.scheduler.Rows.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The lease table; every method runs in the caller's transaction. */
public class LeaseStore {

    private static final String COLUMNS = """
            id, job_id, placement, reservation_id, container_id, owner, gpus, price_usd_per_gpu_hour, started_at,
            metered_until, ended_at, end_reason""";

    private final JdbcClient jdbc;

    public LeaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Lease lease) {
        jdbc.sql("insert into lease (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(lease.id(), lease.jobId(), lease.placement(), lease.reservationId(), lease.containerId(),
                        lease.owner(), lease.gpus(), lease.priceUsdPerGpuHour(), ts(lease.startedAt()),
                        ts(lease.meteredUntil()), ts(lease.endedAt()), lease.endReason())
                .update();
    }

    /** The leases of one placement of a job, in container order. */
    public List<Lease> ofPlacement(UUID jobId, int placement) {
        return jdbc.sql("select " + COLUMNS + " from lease where job_id = ? and placement = ? order by container_id")
                .params(jobId, placement)
                .query(LeaseStore::lease)
                .list();
    }

    public List<Lease> ofJob(UUID jobId) {
        return jdbc.sql("select " + COLUMNS + " from lease where job_id = ? order by placement, container_id")
                .param(jobId)
                .query(LeaseStore::lease)
                .list();
    }

    /** The jobs a container serves under an active lease (normally at most one). */
    public List<UUID> jobsServedBy(String containerId) {
        return jdbc.sql("select distinct job_id from lease where container_id = ? and ended_at is null")
                .param(containerId)
                .query(UUID.class)
                .list();
    }

    /** Jobs with a started, active lease charged up to before {@code before}. */
    public List<UUID> jobsToMeter(Instant before, int limit) {
        return jdbc.sql("""
                        select distinct job_id from lease
                        where ended_at is null and started_at is not null and metered_until < ? limit ?""")
                .params(ts(before), limit)
                .query(UUID.class)
                .list();
    }

    public void started(UUID jobId, int placement, Instant at) {
        jdbc.sql("update lease set started_at = ?, metered_until = ? where job_id = ? and placement = ? "
                        + "and ended_at is null")
                .params(ts(at), ts(at), jobId, placement)
                .update();
    }

    public void meteredUntil(UUID leaseId, Instant until) {
        jdbc.sql("update lease set metered_until = ? where id = ?").params(ts(until), leaseId).update();
    }

    public void ended(UUID leaseId, Instant at, String reason) {
        jdbc.sql("update lease set ended_at = ?, end_reason = ? where id = ? and ended_at is null")
                .params(ts(at), reason, leaseId)
                .update();
    }

    static Lease lease(ResultSet rs, int row) throws SQLException {
        return new Lease(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class), rs.getInt("placement"),
                rs.getObject("reservation_id", UUID.class), rs.getString("container_id"), rs.getString("owner"),
                rs.getInt("gpus"), rs.getBigDecimal("price_usd_per_gpu_hour"), instant(rs, "started_at"),
                instant(rs, "metered_until"), instant(rs, "ended_at"), rs.getString("end_reason"));
    }
}
