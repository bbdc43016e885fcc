package io.athgrid.staking.ledger;

import static io.athgrid.staking.ledger.Sql.dec;
import static io.athgrid.staking.ledger.Sql.ts;

import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What accounts earned per epoch, kind and source; every method runs in the caller's transaction. */
public class AccrualStore {

    private final JdbcClient jdbc;

    public AccrualStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Accrual accrual, String bookingKey, Instant at) {
        jdbc.sql("""
                        insert into ledger_accrual (epoch, owner, kind, source, amount_wei, booking_key, accrued_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(accrual.epoch(), accrual.owner(), accrual.kind().name(), accrual.source(),
                        dec(accrual.amountWei()), bookingKey, ts(at))
                .update();
    }

    /** The epoch's accruals summed per account, kind and source, in that order. */
    public List<Accrual> ofEpoch(long epoch) {
        return jdbc.sql("""
                        select epoch, owner, kind, source, sum(amount_wei) as amount_wei from ledger_accrual
                        where epoch = ? group by epoch, owner, kind, source order by owner, kind, source""")
                .param(epoch)
                .query((rs, row) -> accrual(rs))
                .list();
    }

    /** One account's accruals summed per epoch, kind and source; every epoch when {@code epoch} is null. */
    public List<Accrual> ofOwner(String owner, Long epoch) {
        return jdbc.sql("""
                        select epoch, owner, kind, source, sum(amount_wei) as amount_wei from ledger_accrual
                        where owner = ? and (cast(? as bigint) is null or epoch = ?)
                        group by epoch, owner, kind, source order by epoch desc, kind, source""")
                .params(owner.toLowerCase(Locale.ROOT), epoch, epoch)
                .query((rs, row) -> accrual(rs))
                .list();
    }

    /**
     * One account's accruals booked in [{@code from}, {@code until}), summed per UTC day of their booking and
     * kind, oldest day first: one grouped query on the (owner, accrued_at) index.
     */
    public List<DailyAccrual> perDayOfOwner(String owner, Instant from, Instant until) {
        return jdbc.sql("""
                        select (accrued_at at time zone 'UTC')::date as day, kind, sum(amount_wei) as amount_wei
                        from ledger_accrual where owner = ? and accrued_at >= ? and accrued_at < ?
                        group by day, kind order by day, kind""")
                .params(owner.toLowerCase(Locale.ROOT), ts(from), ts(until))
                .query((rs, row) -> new DailyAccrual(rs.getObject("day", LocalDate.class),
                        RewardKind.valueOf(rs.getString("kind")), Sql.wei(rs, "amount_wei")))
                .list();
    }

    /** What the epoch's emission kinds accrued to accounts, read back from the accruals. */
    public BigInteger emissionAccruedIn(long epoch) {
        List<String> emissionKinds = Arrays.stream(RewardKind.values()).filter(RewardKind::emission)
                .map(RewardKind::name).toList();
        return jdbc.sql("""
                        select coalesce(sum(amount_wei), 0) as total from ledger_accrual
                        where epoch = :epoch and kind in (:kinds)""")
                .param("epoch", epoch)
                .param("kinds", emissionKinds)
                .query((rs, row) -> Sql.wei(rs, "total"))
                .single();
    }

    private static Accrual accrual(ResultSet rs) throws SQLException {
        return new Accrual(rs.getLong("epoch"), rs.getString("owner"), RewardKind.valueOf(rs.getString("kind")),
                rs.getString("source"), Sql.wei(rs, "amount_wei"));
    }
}
