package io.athgrid.registry.lifecycle;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every status a container has had, in order: the lifecycle's audit trail and the source of uptime. */
@Repository
public class StatusHistory {

    private final JdbcClient jdbc;

    public StatusHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID containerId, StatusChange change) {
        jdbc.sql("""
                        insert into container_status_change
                            (container_id, previous_status, status, resume_status, reason, note, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(containerId, name(change.previousStatus()), change.status().name(),
                        name(change.resumeStatus()), change.reason(), change.note(),
                        Timestamp.from(change.changedAt()))
                .update();
    }

    public List<StatusChange> of(UUID containerId) {
        return jdbc.sql("""
                        select previous_status, status, resume_status, reason, note, changed_at
                        from container_status_change where container_id = ? order by changed_at, id""")
                .param(containerId)
                .query((rs, row) -> new StatusChange(status(rs.getString(1)), status(rs.getString(2)),
                        status(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    private static String name(ContainerStatus status) {
        return status == null ? null : status.name();
    }

    private static ContainerStatus status(String name) {
        return name == null ? null : ContainerStatus.valueOf(name);
    }
}
