package io.athgrid.checker.verdict;

import static io.athgrid.checker.Rows.instant;
import static io.athgrid.checker.Rows.ts;

import io.athgrid.checker.qos.QosScore;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each container's QoS score; every method runs in the caller's transaction. */
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

    public void save(String containerId, QosScore score, Instant at) {
        jdbc.sql("""
                        insert into qos_score (container_id, score, samples, updated_at) values (?, ?, ?, ?)
                        on conflict (container_id) do update
                        set score = excluded.score, samples = excluded.samples, updated_at = excluded.updated_at""")
                .params(containerId, score.score(), score.samples(), ts(at))
                .update();
    }

    public record Scored(QosScore score, Instant updatedAt) {
    }
}
