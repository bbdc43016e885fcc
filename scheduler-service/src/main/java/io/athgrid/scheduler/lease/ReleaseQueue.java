package io.athgrid.scheduler.lease;

import static io.athgrid.scheduler.Rows.ts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reservations the Indexer must be told to release, queued in the transaction that ends them and
 * released by a worker afterwards: a crash in between releases them later, never forgets them.
 */
public class ReleaseQueue {

    private final JdbcClient jdbc;

    public ReleaseQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void queue(UUID reservationId, Instant now) {
        jdbc.sql("insert into pending_release (reservation_id, queued_at) values (?, ?) on conflict do nothing")
                .params(reservationId, ts(now))
                .update();
    }

    public List<UUID> pending(int limit) {
        return jdbc.sql("select reservation_id from pending_release order by queued_at limit ?")
                .param(limit)
                .query(UUID.class)
                .list();
    }

    public void released(UUID reservationId) {
        jdbc.sql("delete from pending_release where reservation_id = ?").param(reservationId).update();
    }
}
