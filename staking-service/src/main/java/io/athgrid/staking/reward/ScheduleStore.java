package io.athgrid.staking.reward;

import static io.athgrid.staking.ledger.Sql.dec;
import static io.athgrid.staking.ledger.Sql.instant;
import static io.athgrid.staking.ledger.Sql.ts;

import io.athgrid.staking.ledger.Sql;
import io.athgrid.support.pricing.AthUsdRate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Schedules as they started: the rate locked at their start and the wei it gives. */
public class ScheduleStore {

    private static final String COLUMNS =
            "id, pool, total_usd, epochs, start_epoch, usd_per_ath, rate_source, rate_as_of, total_wei";

    private final JdbcClient jdbc;

    public ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the locked schedule unless one with its id was locked before (that one stays). */
    public void lock(LockedSchedule locked, Instant at) {
        EmissionSchedule schedule = locked.schedule();
        jdbc.sql("insert into reward_schedule (" + COLUMNS + ", locked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (id) do nothing")
                .params(schedule.id(), schedule.pool().name(), schedule.totalUsd(), schedule.epochs(),
                        schedule.startEpoch(), locked.rate().usdPerAth(), locked.rate().source(),
                        ts(locked.rate().asOf()), dec(locked.totalWei()), ts(at))
                .update();
    }

    public List<LockedSchedule> all() {
        return jdbc.sql("select " + COLUMNS + " from reward_schedule order by start_epoch, id")
                .query(ScheduleStore::locked)
                .list();
    }

    private static LockedSchedule locked(ResultSet rs, int row) throws SQLException {
        EmissionSchedule schedule = new EmissionSchedule(rs.getString("id"), StakingPool.valueOf(rs.getString("pool")),
                rs.getBigDecimal("total_usd"), rs.getInt("epochs"), rs.getLong("start_epoch"));
        AthUsdRate rate = new AthUsdRate(rs.getBigDecimal("usd_per_ath"), rs.getString("rate_source"),
                instant(rs, "rate_as_of"));
        return new LockedSchedule(schedule, rate, Sql.wei(rs, "total_wei"));
    }
}
