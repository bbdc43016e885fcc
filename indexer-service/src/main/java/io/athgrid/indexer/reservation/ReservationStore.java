package io.athgrid.indexer.reservation;

import io.athgrid.indexer.matching.RankedCandidate;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reservation tables. Every method runs inside the caller's transaction; the conditional
 * inserts are what keep capacity from being given twice, by this process or another replica.
 */
public class ReservationStore {

    private final JdbcClient jdbc;

    public ReservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the job id; false when another reservation (committed or concurrent) has it. */
    public boolean claimJob(UUID id, String jobId, Duration lease, Instant now) {
        return jdbc.sql("""
                insert into reservation (id, job_id, lease_seconds, created_at, expires_at)
                values (?, ?, ?, ?, ?) on conflict (job_id) do nothing""")
                .params(id, jobId, lease.toSeconds(), ts(now), ts(now.plus(lease)))
                .update() == 1;
    }

    /**
     * Holds a container for the reservation; false when an active reservation already holds it.
     * A concurrent uncommitted claim makes this wait for that transaction's outcome.
     */
    public boolean claimContainer(UUID reservationId, RankedCandidate candidate, int gpus, Instant expiresAt) {
        var offer = candidate.container().offer();
        return jdbc.sql("""
                insert into container_reservation
                    (reservation_id, container_id, owner, region, price_usd_per_gpu_hour, gpus, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (container_id) where released_at is null do nothing""")
                .params(reservationId, candidate.container().containerId(), candidate.container().owner(),
                        offer.region(), offer.priceUsdPerGpuHour(), gpus, ts(expiresAt))
                .update() == 1;
    }

    public Optional<Reservation> find(UUID id) {
        return one("where id = ?", id);
    }

    public Optional<Reservation> findByJob(String jobId) {
        return one("where job_id = ?", jobId);
    }

    /** Extends an active, unexpired reservation; false when it is released or already expired. */
    public boolean renew(UUID id, Instant now, Instant expiresAt) {
        int renewed = jdbc.sql("""
                update reservation set expires_at = ?
                where id = ? and released_at is null and expires_at > ?""")
                .params(ts(expiresAt), id, ts(now))
                .update();
        if (renewed == 0) {
            return false;
        }
        jdbc.sql("update container_reservation set expires_at = ? where reservation_id = ? and released_at is null")
                .params(ts(expiresAt), id)
                .update();
        return true;
    }

    /** Gives the containers back; the ids released now (none when it was released before). */
    public List<String> release(UUID id, Instant now) {
        int released = jdbc.sql("""
                update reservation set released_at = ?, release_cause = 'RELEASED'
                where id = ? and released_at is null""")
                .params(ts(now), id)
                .update();
        return released == 0 ? List.of() : releaseContainers(List.of(id), now);
    }

    /** Releases every reservation whose lease ran out. */
    public void releaseExpired(Instant now) {
        List<UUID> expired = jdbc.sql("""
                update reservation set released_at = expires_at, release_cause = 'EXPIRED'
                where released_at is null and expires_at <= ? returning id""")
                .param(ts(now))
                .query(UUID.class)
                .list();
        if (!expired.isEmpty()) {
            releaseContainers(expired, now);
        }
    }

    /** Every container an active reservation holds, whoever wrote it. */
    public Set<String> heldContainers() {
        return new HashSet<>(jdbc.sql("select container_id from container_reservation where released_at is null")
                .query(String.class)
                .list());
    }

    private List<String> releaseContainers(List<UUID> reservations, Instant now) {
        return jdbc.sql("""
                update container_reservation set released_at = :now
                where reservation_id in (:ids) and released_at is null returning container_id""")
                .param("now", ts(now))
                .param("ids", reservations)
                .query(String.class)
                .list();
    }

    private Optional<Reservation> one(String where, Object key) {
        return jdbc.sql("select id, job_id, lease_seconds, created_at, expires_at, released_at, release_cause "
                        + "from reservation " + where)
                .param(key)
                .query((rs, row) -> new Reservation(rs.getObject("id", UUID.class), rs.getString("job_id"),
                        List.of(), Duration.ofSeconds(rs.getLong("lease_seconds")),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("released_at")), rs.getString("release_cause")))
                .optional()
                .map(reservation -> new Reservation(reservation.id(), reservation.jobId(), containers(reservation.id()),
                        reservation.lease(), reservation.createdAt(), reservation.expiresAt(),
                        reservation.releasedAt(), reservation.releaseCause()));
    }

    private List<ReservedContainer> containers(UUID reservationId) {
        return jdbc.sql("""
                select container_id, owner, region, price_usd_per_gpu_hour, gpus from container_reservation
                where reservation_id = ? order by container_id""")
                .param(reservationId)
                .query((rs, row) -> new ReservedContainer(rs.getString("container_id"), rs.getString("owner"),
                        rs.getString("region"), rs.getBigDecimal("price_usd_per_gpu_hour"), rs.getInt("gpus")))
                .list();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
