package io.athgrid.scheduler.slashing;

import static io.athgrid.scheduler.Rows.ts;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The slashes whose refunds have been issued; every method runs in the caller's transaction. */
public class AppliedSlashes {

    private final JdbcClient jdbc;

    public AppliedSlashes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the slash as refunded; false when it already was (the same slash published again). */
    public boolean record(SlashedPeriod slash, Instant now) {
        return jdbc.sql("""
                        insert into slash_refund (slash_id, container_id, affected_from, affected_to, reason, refunded_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(slash.slashId(), slash.containerId(), ts(slash.affected().start()),
                        ts(slash.affected().end()), slash.refundReason(), ts(now))
                .update() == 1;
    }
}
