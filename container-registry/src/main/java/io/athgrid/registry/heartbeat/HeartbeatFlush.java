package io.athgrid.registry.heartbeat;

import io.athgrid.registry.heartbeat.TrackedContainer.FlushedHeartbeat;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the last heartbeat of every container heard from since the previous flush, in one
 * statement: for display and for the grace period after a restart, never per heartbeat.
 */
@Component
public class HeartbeatFlush {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatFlush.class);

    private final HeartbeatTracker tracker;
    private final JdbcTemplate jdbc;

    HeartbeatFlush(HeartbeatTracker tracker, JdbcTemplate jdbc) {
        this.tracker = tracker;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${athgrid.registry.flush-interval}")
    public void flush() {
        List<TrackedContainer> flushed = new ArrayList<>();
        List<FlushedHeartbeat> heartbeats = new ArrayList<>();
        for (TrackedContainer container : tracker.all()) {
            FlushedHeartbeat heartbeat = container.takeUnflushed();
            if (heartbeat != null) {
                flushed.add(container);
                heartbeats.add(heartbeat);
            }
        }
        if (heartbeats.isEmpty()) {
            return;
        }
        try {
            write(heartbeats);
        } catch (RuntimeException e) {
            flushed.forEach(TrackedContainer::flushFailed);
            log.warn("Flushing {} heartbeats failed; retrying on the next flush", heartbeats.size(), e);
        }
    }

    private void write(List<FlushedHeartbeat> heartbeats) {
        Object[] ids = heartbeats.stream().map(FlushedHeartbeat::containerId).toArray();
        Object[] sequences = heartbeats.stream().map(FlushedHeartbeat::sequence).toArray();
        Object[] times = heartbeats.stream().map(heartbeat -> Timestamp.from(heartbeat.at())).toArray();
        jdbc.update("""
                update container c set last_heartbeat_sequence = h.sequence, last_heartbeat_at = h.at
                from unnest(?, ?, ?) as h(id, sequence, at)
                where c.id = h.id and (c.last_heartbeat_sequence is null or c.last_heartbeat_sequence < h.sequence)""",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids));
                    statement.setArray(2, statement.getConnection().createArrayOf("int8", sequences));
                    statement.setArray(3, statement.getConnection().createArrayOf("timestamptz", times));
                });
    }
}
