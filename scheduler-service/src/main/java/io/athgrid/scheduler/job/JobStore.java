package io.athgrid.scheduler.job;

import static io.athgrid.scheduler.Rows.instant;
import static io.athgrid.scheduler.Rows.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The job table; every method runs in the caller's transaction. */
public class JobStore {

    private static final String COLUMNS = """
            id, order_id, status, placement, reservation_id, next_attempt_at, matching_since, no_match,
            provision_due_at, renewed_until, submitted_at, matched_at, started_at, ends_at, finished_at, status_reason""";

    private final JdbcClient jdbc;

    public JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Job job) {
        jdbc.sql("insert into job (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(job.id(), job.orderId(), job.status().name(), job.placement(), job.reservationId(),
                        ts(job.nextAttemptAt()), ts(job.matchingSince()), job.noMatch(), ts(job.provisionDueAt()),
                        ts(job.renewedUntil()), ts(job.submittedAt()), ts(job.matchedAt()), ts(job.startedAt()),
                        ts(job.endsAt()), ts(job.finishedAt()), job.statusReason())
                .update();
    }

    /** Writes every field of the job back; the caller holds its row lock. */
    public void update(Job job) {
        jdbc.sql("""
                        update job set status = ?, placement = ?, reservation_id = ?, next_attempt_at = ?,
                            matching_since = ?, no_match = ?, provision_due_at = ?, renewed_until = ?, matched_at = ?,
                            started_at = ?, ends_at = ?, finished_at = ?, status_reason = ?
                        where id = ?""")
                .params(job.status().name(), job.placement(), job.reservationId(), ts(job.nextAttemptAt()),
                        ts(job.matchingSince()), job.noMatch(), ts(job.provisionDueAt()), ts(job.renewedUntil()),
                        ts(job.matchedAt()), ts(job.startedAt()), ts(job.endsAt()), ts(job.finishedAt()),
                        job.statusReason(), job.id())
                .update();
    }

    public Optional<Job> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from job where id = ?").param(id).query(JobStore::job).optional();
    }

    /** The job locked for the rest of the transaction: its changes run one at a time. */
    public Optional<Job> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from job where id = ? for update").param(id).query(JobStore::job)
                .optional();
    }

    public Optional<Job> byOrder(UUID orderId) {
        return jdbc.sql("select " + COLUMNS + " from job where order_id = ?").param(orderId).query(JobStore::job)
                .optional();
    }

    /**
     * Claims up to {@code limit} jobs in one of {@code statuses} whose next attempt is due, pushing
     * their next attempt to {@code claimedUntil} so no other worker takes them meanwhile; a worker
     * that dies leaves them to be claimed again then.
     */
    public List<Job> claimDue(List<JobStatus> statuses, Instant now, Instant claimedUntil, int limit) {
        List<UUID> ids = jdbc.sql("""
                        select id from job where status in (:statuses) and next_attempt_at <= :now
                        order by next_attempt_at limit :limit for update skip locked""")
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .param("now", ts(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("update job set next_attempt_at = :until where id in (:ids) returning " + COLUMNS)
                .param("until", ts(claimedUntil))
                .param("ids", ids)
                .query(JobStore::job)
                .list();
    }

    /** Jobs in {@code status} whose {@code column} time has come, without locking them. */
    public List<UUID> due(JobStatus status, String column, Instant now, int limit) {
        if (!List.of("provision_due_at", "ends_at", "renewed_until").contains(column)) {
            throw new IllegalArgumentException("not a due-time column: " + column);
        }
        return jdbc.sql("select id from job where status = ? and " + column + " <= ? order by " + column + " limit ?")
                .params(status.name(), ts(now), limit)
                .query(UUID.class)
                .list();
    }

    static Job job(ResultSet rs, int row) throws SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                JobStatus.valueOf(rs.getString("status")), rs.getInt("placement"),
                rs.getObject("reservation_id", UUID.class), instant(rs, "next_attempt_at"),
                instant(rs, "matching_since"), rs.getString("no_match"), instant(rs, "provision_due_at"),
                instant(rs, "renewed_until"), instant(rs, "submitted_at"), instant(rs, "matched_at"),
                instant(rs, "started_at"), instant(rs, "ends_at"), instant(rs, "finished_at"),
                rs.getString("status_reason"));
    }
}
