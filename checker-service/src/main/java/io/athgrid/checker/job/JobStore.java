package io.athgrid.checker.job;

import static io.athgrid.checker.Rows.instant;
import static io.athgrid.checker.Rows.ts;

import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.assignment.Seat;
import io.athgrid.checker.assignment.SeatState;
import io.athgrid.checker.slashing.RegisteredSpecs;
import io.athgrid.protocol.check.CheckKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Check jobs, their seats and the windows scheduled per container; every method runs in the
 * caller's transaction. Whatever changes a job (a report, a released seat, the verdict) first
 * {@link #lock}s its row, so those changes of one job never interleave.
 */
public class JobStore {

    private static final String JOB_COLUMNS = """
            job_id, container_id, container_owner, container_status, gpu_model, gpu_count, vram_gb_per_gpu, kind,
            window_start, window_end, decide_by, seats_wanted, decided_at""";

    private final JdbcClient jdbc;

    public JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the job exists already (its id is derived from container, kind and window). */
    public boolean insert(CheckJob job, RegisteredSpecs registered) {
        boolean inserted = jdbc.sql("""
                        insert into check_job (%s) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (job_id) do nothing""".formatted(JOB_COLUMNS))
                .params(job.jobId(), job.containerId(), job.containerOwner(), job.containerStatus(),
                        registered.gpuModel(), registered.gpuCount(), registered.vramGbPerGpu(), job.kind().name(),
                        ts(job.windowStart()), ts(job.windowEnd()), ts(job.decideBy()), job.seatsWanted(),
                        ts(job.decidedAt()))
                .update() == 1;
        if (inserted) {
            job.seats().forEach(seat -> addSeat(job.jobId(), seat));
        }
        return inserted;
    }

    public void addSeat(String jobId, Seat seat) {
        jdbc.sql("insert into check_seat (job_id, license_id, assigned_at, answer_by, state) values (?, ?, ?, ?, ?)")
                .params(jobId, seat.licenseId(), ts(seat.assignedAt()), ts(seat.answerBy()), seat.state().name())
                .update();
    }

    /** Moves a seat from {@code from} to {@code to}; false when it was not in {@code from}. */
    public boolean markSeat(String jobId, long licenseId, SeatState from, SeatState to) {
        return jdbc.sql("update check_seat set state = ? where job_id = ? and license_id = ? and state = ?")
                .params(to.name(), jobId, licenseId, from.name())
                .update() == 1;
    }

    /** The container's window of {@code kind} was scheduled (a job given, or found given already). */
    public void scheduled(String containerId, CheckKind kind, Instant windowStart) {
        jdbc.sql("""
                        insert into check_schedule (container_id, kind, window_start) values (?, ?, ?)
                        on conflict (container_id, kind) do update set window_start = excluded.window_start
                        where check_schedule.window_start < excluded.window_start""")
                .params(containerId, kind.name(), ts(windowStart))
                .update();
    }

    public Optional<StoredJob> find(String jobId) {
        return jdbc.sql("select " + JOB_COLUMNS + " from check_job where job_id = ?")
                .param(jobId)
                .query(JobStore::row)
                .optional()
                .map(this::withSeats);
    }

    /** The job, its row locked until the transaction ends. */
    public Optional<StoredJob> lock(String jobId) {
        return jdbc.sql("select " + JOB_COLUMNS + " from check_job where job_id = ? for update")
                .param(jobId)
                .query(JobStore::row)
                .optional()
                .map(this::withSeats);
    }

    public void decided(String jobId, Instant at) {
        jdbc.sql("update check_job set decided_at = ? where job_id = ? and decided_at is null")
                .params(ts(at), jobId)
                .update();
    }

    /** Per license, its open seats on undecided jobs: how busy it is. */
    public Map<Long, Integer> openSeatCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        select s.license_id, count(*) as open from check_seat s join check_job j on j.job_id = s.job_id
                        where s.state = 'OPEN' and j.decided_at is null group by s.license_id""")
                .query((rs, row) -> counts.put(rs.getLong("license_id"), rs.getInt("open")))
                .list();
        return counts;
    }

    /** Undecided jobs with an open seat whose answer time has come. */
    public List<String> withOverdueSeats(Instant now, int limit) {
        return jdbc.sql("""
                        select distinct s.job_id from check_seat s join check_job j on j.job_id = s.job_id
                        where s.state = 'OPEN' and s.answer_by <= ? and j.decided_at is null limit ?""")
                .params(ts(now), limit)
                .query(String.class)
                .list();
    }

    /**
     * Undecided jobs with an open seat of a license that is burnt, banned at {@code now}, or whose client
     * went quiet before {@code onlineSince}.
     */
    public List<String> withOpenSeatsOfGoneLicenses(Instant onlineSince, Instant now, int limit) {
        return jdbc.sql("""
                        select distinct s.job_id from check_seat s
                        join check_job j on j.job_id = s.job_id
                        join license l on l.license_id = s.license_id
                        where s.state = 'OPEN' and j.decided_at is null
                          and (not l.active or l.last_polled_at is null or l.last_polled_at <= ?
                               or l.banned_until > ?)
                        limit ?""")
                .params(ts(onlineSince), ts(now), limit)
                .query(String.class)
                .list();
    }

    /** Undecided jobs whose decision time came or that wait for no answer any more. */
    public List<String> dueForVerdict(Instant now, int limit) {
        return jdbc.sql("""
                        select j.job_id from check_job j
                        where j.decided_at is null
                          and (j.decide_by <= ? or not exists (
                              select 1 from check_seat s where s.job_id = j.job_id and s.state = 'OPEN'))
                        order by j.decide_by limit ?""")
                .params(ts(now), limit)
                .query(String.class)
                .list();
    }

    /** The open seats of {@code licenseIds} on undecided jobs still taking answers, with what to probe. */
    public List<OpenAssignment> openAssignmentsOf(Collection<Long> licenseIds, Instant now) {
        if (licenseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.job_id, s.license_id, j.container_id, j.kind, c.endpoint, c.region, j.window_start,
                            s.answer_by, j.gpu_model, j.gpu_count, j.vram_gb_per_gpu
                        from check_seat s
                        join check_job j on j.job_id = s.job_id
                        join checked_container c on c.container_id = j.container_id
                        where s.license_id in (:licenses) and s.state = 'OPEN' and j.decided_at is null
                          and s.answer_by > :now
                        order by s.answer_by, s.job_id""")
                .param("licenses", licenseIds)
                .param("now", ts(now))
                .query((rs, row) -> new OpenAssignment(rs.getString("job_id"), Long.toString(rs.getLong("license_id")),
                        rs.getString("container_id"), rs.getString("kind"), rs.getString("endpoint"),
                        rs.getString("region"), instant(rs, "window_start"), instant(rs, "answer_by"),
                        new OpenAssignment.Registered(rs.getString("gpu_model"), rs.getInt("gpu_count"),
                                rs.getInt("vram_gb_per_gpu"))))
                .list();
    }

    private StoredJob withSeats(JobRow row) {
        List<Seat> seats = jdbc.sql("""
                        select license_id, assigned_at, answer_by, state from check_seat where job_id = ?
                        order by assigned_at, license_id""")
                .param(row.jobId())
                .query((rs, n) -> new Seat(rs.getLong("license_id"), instant(rs, "assigned_at"),
                        instant(rs, "answer_by"), SeatState.valueOf(rs.getString("state"))))
                .list();
        return new StoredJob(new CheckJob(row.jobId(), row.containerId(), row.owner(), row.status(), row.kind(),
                row.windowStart(), row.windowEnd(), row.decideBy(), row.seatsWanted(), seats, row.decidedAt()),
                row.registered());
    }

    private static JobRow row(ResultSet rs, int row) throws SQLException {
        return new JobRow(rs.getString("job_id"), rs.getString("container_id"), rs.getString("container_owner"),
                rs.getString("container_status"),
                new RegisteredSpecs(rs.getString("gpu_model"), rs.getInt("gpu_count"), rs.getInt("vram_gb_per_gpu")),
                CheckKind.valueOf(rs.getString("kind")), instant(rs, "window_start"), instant(rs, "window_end"),
                instant(rs, "decide_by"), rs.getInt("seats_wanted"), instant(rs, "decided_at"));
    }

    private record JobRow(String jobId, String containerId, String owner, String status, RegisteredSpecs registered,
            CheckKind kind, Instant windowStart, Instant windowEnd, Instant decideBy, int seatsWanted,
            Instant decidedAt) {
    }
}
