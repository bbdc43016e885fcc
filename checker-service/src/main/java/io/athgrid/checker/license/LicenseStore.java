package io.athgrid.checker.license;

import static io.athgrid.checker.Rows.instant;
import static io.athgrid.checker.Rows.ts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The licenses table and the uptime its clients' polls leave; every method runs in the caller's transaction. */
public class LicenseStore {

    private static final String COLUMNS = """
            license_id, owner, user_address, user_expires, active, region, last_polled_at, banned_until, created_at""";

    private final JdbcClient jdbc;

    public LicenseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredLicense> find(long licenseId) {
        return jdbc.sql("select " + COLUMNS + " from license where license_id = ?")
                .param(licenseId)
                .query(LicenseStore::license)
                .optional();
    }

    /** Every license not burnt: the candidates of assignment. */
    public List<StoredLicense> active() {
        return jdbc.sql("select " + COLUMNS + " from license where active order by license_id")
                .query(LicenseStore::license)
                .list();
    }

    /** The licenses {@code wallet} may sign for now: it is their delegate, or their owner while none counts. */
    public List<StoredLicense> signableBy(String wallet, Instant now) {
        return jdbc.sql("""
                        select %s from license
                        where active and (
                            (user_address = :wallet and user_expires >= :second)
                            or (owner = :wallet and (user_address is null or user_expires is null or user_expires < :second)))
                        order by license_id""".formatted(COLUMNS))
                .param("wallet", wallet)
                .param("second", ts(now.truncatedTo(ChronoUnit.SECONDS)))
                .query(LicenseStore::license)
                .list();
    }

    /** The licenses {@code wallet} owns or is (or was) the delegate of. */
    public List<StoredLicense> ownedOrRunBy(String wallet) {
        return jdbc.sql("select " + COLUMNS + " from license where owner = :wallet or user_address = :wallet "
                        + "order by license_id")
                .param("wallet", wallet)
                .query(LicenseStore::license)
                .list();
    }

    public List<StoredLicense> all(int limit) {
        return jdbc.sql("select " + COLUMNS + " from license order by license_id limit ?")
                .param(limit)
                .query(LicenseStore::license)
                .list();
    }

    /**
     * The licenses' client polled at {@code now} from {@code region}. Written at most every
     * {@code writeEvery} per license (polls come every few seconds); the first write in a minute
     * counts that minute online for the day.
     */
    public void polled(Collection<Long> licenseIds, String region, Instant now, Duration writeEvery) {
        if (licenseIds.isEmpty()) {
            return;
        }
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        jdbc.sql("""
                        insert into license_uptime (license_id, day, online_minutes)
                        select license_id, :day, 1 from license
                        where license_id in (:ids) and (last_polled_at is null or last_polled_at < :minute)
                        on conflict (license_id, day) do update set online_minutes = license_uptime.online_minutes + 1""")
                .param("day", Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)))
                .param("ids", licenseIds)
                .param("minute", ts(minute))
                .update();
        String regionChange = region == null ? "" : ", region = :region";
        String regionChanged = region == null ? "" : " or region is distinct from :region";
        var update = jdbc.sql("""
                        update license set last_polled_at = :now%s
                        where license_id in (:ids)
                          and (last_polled_at is null or last_polled_at < :due or last_polled_at < :minute%s)"""
                        .formatted(regionChange, regionChanged))
                .param("now", ts(now))
                .param("ids", licenseIds)
                .param("due", ts(now.minus(writeEvery)))
                .param("minute", ts(minute));
        if (region != null) {
            update = update.param("region", region);
        }
        update.update();
    }

    /** What the chain last said of the license, its row locked until the caller's transaction ends. */
    public Optional<OnChainLicense> onChainForUpdate(long licenseId) {
        return jdbc.sql("select owner, active, user_address, user_expires from license where license_id = ? for update")
                .param(licenseId)
                .query((rs, row) -> new OnChainLicense(rs.getString("owner"), rs.getBoolean("active"),
                        rs.getString("user_address"), instant(rs, "user_expires")))
                .optional();
    }

    /**
     * Writes what the chain says of the license (created when new); its own columns (region, polls,
     * ban) stay as they are.
     */
    public void mirror(long licenseId, OnChainLicense license, Instant now) {
        jdbc.sql("""
                        insert into license (license_id, owner, user_address, user_expires, active, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (license_id) do update set owner = excluded.owner,
                            user_address = excluded.user_address, user_expires = excluded.user_expires,
                            active = excluded.active, updated_at = excluded.updated_at""")
                .params(licenseId, license.owner(), license.user(), ts(license.userExpires()), license.active(),
                        ts(now), ts(now))
                .update();
    }

    /** Removes a license the chain no longer has (its mint was orphaned by a reorg). */
    public void forget(long licenseId) {
        jdbc.sql("delete from license where license_id = ?").param(licenseId).update();
    }

    public void bannedUntil(long licenseId, Instant until) {
        jdbc.sql("update license set banned_until = ? where license_id = ?").params(ts(until), licenseId).update();
    }

    /** Per license, its minutes online from {@code from} to {@code to}, both included. */
    public Map<Long, Long> onlineMinutes(LocalDate from, LocalDate to) {
        Map<Long, Long> minutes = new HashMap<>();
        jdbc.sql("""
                        select license_id, sum(online_minutes) as minutes from license_uptime
                        where day between ? and ? group by license_id""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> minutes.put(rs.getLong("license_id"), rs.getLong("minutes")))
                .list();
        return minutes;
    }

    static StoredLicense license(ResultSet rs, int row) throws SQLException {
        return new StoredLicense(rs.getLong("license_id"), rs.getString("owner"), rs.getString("user_address"),
                instant(rs, "user_expires"), rs.getBoolean("active"), rs.getString("region"),
                instant(rs, "last_polled_at"), instant(rs, "banned_until"), instant(rs, "created_at"));
    }
}
