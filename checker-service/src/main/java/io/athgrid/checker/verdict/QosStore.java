package io.athgrid.checker.verdict;

import static io.athgrid.checker.Rows.instant;
import static io.athgrid.checker.Rows.ts;

import io.athgrid.checker.qos.QosDay;
import io.athgrid.checker.qos.QosHistory;
import io.athgrid.checker.qos.QosScore;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each container's QoS score and its history per UTC day; every method runs in the caller's transaction. */
public class QosStore {

    private final JdbcClient jdbc;

    public QosStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The score and when it last changed. */
    public Optional<Scored> find(String containerId) {
        return jdbc.sql("select score, samples, updated_at from qos_score where container_id = ?")
                .param(containerId)
                .query((rs, row) -> new Scored(new QosScore(rs.getBigDecimal("score"), rs.getLong("samples")),
                        instant(rs, "updated_at")))
                .optional();
    }

    /**
     * The score now, and the day's point of its history. A score older than the day's point (a
     * verdict committed out of order) leaves the point as it is: the point is the day's latest score.
     */
    public void save(String containerId, QosScore score, Instant at) {
        jdbc.sql("""
                        insert into qos_score (container_id, score, samples, updated_at) values (?, ?, ?, ?)
                        on conflict (container_id) do update
                        set score = excluded.score, samples = excluded.samples, updated_at = excluded.updated_at""")
                .params(containerId, score.score(), score.samples(), ts(at))
                .update();
        jdbc.sql("""
                        insert into qos_score_day (container_id, day, score, samples, updated_at) values (?, ?, ?, ?, ?)
                        on conflict (container_id, day) do update
                        set score = excluded.score, samples = excluded.samples, updated_at = excluded.updated_at
                        where qos_score_day.updated_at <= excluded.updated_at""")
                .params(containerId, Date.valueOf(QosHistory.dayOf(at)), score.score(), score.samples(), ts(at))
                .update();
    }

    /** The container's points from {@code firstDay} on, oldest first; days without a sample have none. */
    public List<QosDay> history(String containerId, LocalDate firstDay) {
        return jdbc.sql("""
                        select day, score, samples from qos_score_day where container_id = ? and day >= ?
                        order by day""")
                .params(containerId, Date.valueOf(firstDay))
                .query((rs, row) -> new QosDay(rs.getObject("day", LocalDate.class), rs.getBigDecimal("score"),
                        rs.getLong("samples")))
                .list();
    }

    public record Scored(QosScore score, Instant updatedAt) {
    }
}
