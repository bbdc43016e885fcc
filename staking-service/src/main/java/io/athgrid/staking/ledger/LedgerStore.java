package io.athgrid.staking.ledger;

import static io.athgrid.staking.ledger.Sql.ts;

import java.math.BigInteger;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journal and the running balances in PostgreSQL; every method runs in the caller's
 * transaction. An entry's lines go in with one statement, after which a trigger checks that the
 * entry balances; balances of wallet buckets may not go below zero (a check constraint).
 */
public class LedgerStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public LedgerStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Books the entry unless an entry with its key was booked before; whether it was booked now. */
    public boolean book(JournalEntry entry) {
        Optional<Long> id = jdbc.sql("""
                        insert into ledger_entry (booking_key, kind, epoch, booked_at) values (?, ?, ?, ?)
                        on conflict (booking_key) do nothing returning id""")
                .params(entry.key(), entry.kind().name(), entry.epoch(), ts(clock.instant()))
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return false;
        }
        Columns lines = Columns.of(entry.lines());
        jdbc.sql("""
                        insert into ledger_line (entry_id, owner, bucket, origin, amount_wei)
                        select ?, t.owner, t.bucket, t.origin, t.amount::numeric
                        from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as t(owner, bucket, origin, amount)""")
                .params(id.get(), lines.owners(), lines.buckets(), lines.origins(), lines.amounts())
                .update();
        // Balances are created at zero, locked in one order (so concurrent bookings cannot deadlock), then
        // changed: an upsert would check the wallet constraint against the change itself, not the new balance.
        jdbc.sql("""
                        insert into ledger_balance (owner, bucket, origin, balance_wei)
                        select t.owner, t.bucket, t.origin, 0
                        from unnest(?::text[], ?::text[], ?::text[]) as t(owner, bucket, origin)
                        order by t.owner, t.bucket, t.origin
                        on conflict (owner, bucket, origin) do nothing""")
                .params(lines.owners(), lines.buckets(), lines.origins())
                .update();
        jdbc.sql("""
                        select 1 from ledger_balance b
                        join unnest(?::text[], ?::text[], ?::text[]) as t(owner, bucket, origin)
                            on b.owner = t.owner and b.bucket = t.bucket and b.origin = t.origin
                        order by b.owner, b.bucket, b.origin for update of b""")
                .params(lines.owners(), lines.buckets(), lines.origins())
                .query(Integer.class)
                .list();
        jdbc.sql("""
                        update ledger_balance b set balance_wei = b.balance_wei + t.amount::numeric
                        from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as t(owner, bucket, origin, amount)
                        where b.owner = t.owner and b.bucket = t.bucket and b.origin = t.origin""")
                .params(lines.owners(), lines.buckets(), lines.origins(), lines.amounts())
                .update();
        return true;
    }

    /** A wallet's balances by account, locked until the transaction ends (claims and slashes decide on them). */
    public Map<LedgerAccount, BigInteger> lockBalancesOf(String owner, Bucket bucket) {
        return balances("select owner, bucket, origin, balance_wei from ledger_balance where owner = ? and bucket = ? "
                + "order by owner, bucket, origin for update", owner.toLowerCase(Locale.ROOT), bucket.name());
    }

    /** A wallet's balances by account, zero balances left out. */
    public Map<LedgerAccount, BigInteger> balancesOf(String owner) {
        return balances("select owner, bucket, origin, balance_wei from ledger_balance where owner = ? "
                + "and balance_wei <> 0", owner.toLowerCase(Locale.ROOT));
    }

    private Map<LedgerAccount, BigInteger> balances(String sql, Object... params) {
        Map<LedgerAccount, BigInteger> balances = new TreeMap<>();
        jdbc.sql(sql).params(params).query((rs, row) -> balances.put(
                new LedgerAccount(rs.getString("owner"), Bucket.valueOf(rs.getString("bucket")),
                        origin(rs.getString("origin"))),
                Sql.wei(rs, "balance_wei"))).list();
        return balances;
    }

    private static Origin origin(String name) {
        return name.isEmpty() ? null : Origin.valueOf(name);
    }

    /** The lines as parallel arrays, one statement's worth. */
    private record Columns(String[] owners, String[] buckets, String[] origins, String[] amounts) {

        static Columns of(List<JournalEntry.Line> lines) {
            int n = lines.size();
            Columns columns = new Columns(new String[n], new String[n], new String[n], new String[n]);
            for (int i = 0; i < n; i++) {
                LedgerAccount account = lines.get(i).account();
                columns.owners[i] = account.owner();
                columns.buckets[i] = account.bucket().name();
                columns.origins[i] = account.origin() == null ? "" : account.origin().name();
                columns.amounts[i] = lines.get(i).amountWei().toString();
            }
            return columns;
        }
    }
}
