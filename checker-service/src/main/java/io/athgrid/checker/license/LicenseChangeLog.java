package io.athgrid.checker.license;

import static io.athgrid.checker.Rows.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code license_change} table: every CheckerLicense log applied, once by (transaction hash, log
 * index), with what it changed, so a reorg can take changes back and rebuild the licenses from the
 * rest. Every method runs in the caller's transaction.
 */
public class LicenseChangeLog {

    private static final String TRANSFER = "TRANSFER";
    private static final String UPDATE_USER = "UPDATE_USER";

    private final JdbcClient jdbc;

    public LicenseChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the log was recorded before. */
    public boolean record(LicenseChange change, Instant now) {
        LogLocation log = change.log();
        String from = null;
        String to = null;
        String user = null;
        Long expires = null;
        if (change instanceof LicenseChange.Transferred transfer) {
            from = transfer.from();
            to = transfer.to();
        } else {
            LicenseChange.UserUpdated update = (LicenseChange.UserUpdated) change;
            user = update.user();
            expires = update.expires();
        }
        return jdbc.sql("""
                        insert into license_change (tx_hash, log_index, block_number, license_id, change, applied_at,
                            from_address, to_address, user_address, expires)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(log.txHash(), log.logIndex(), log.blockNumber(), change.licenseId(),
                        change instanceof LicenseChange.Transferred ? TRANSFER : UPDATE_USER, ts(now), from, to, user,
                        expires)
                .update() == 1;
    }

    /** The licenses changed in blocks after {@code blockNumber}. */
    public List<Long> licensesChangedAfter(long blockNumber) {
        return jdbc.sql("select distinct license_id from license_change where block_number > ? order by license_id")
                .param(blockNumber)
                .query(Long.class)
                .list();
    }

    public void deleteAfter(long blockNumber) {
        jdbc.sql("delete from license_change where block_number > ?").param(blockNumber).update();
    }

    /** One license's changes in chain order. */
    public List<LicenseChange> of(long licenseId) {
        return jdbc.sql("""
                        select tx_hash, log_index, block_number, license_id, change, from_address, to_address,
                            user_address, expires
                        from license_change where license_id = ? order by block_number, log_index""")
                .param(licenseId)
                .query(LicenseChangeLog::change)
                .list();
    }

    private static LicenseChange change(ResultSet rs, int row) throws SQLException {
        LogLocation log = new LogLocation(rs.getLong("block_number"), rs.getString("tx_hash"), rs.getInt("log_index"));
        long licenseId = rs.getLong("license_id");
        boolean transfer = TRANSFER.equals(rs.getString("change"));
        String first = rs.getString(transfer ? "from_address" : "user_address");
        if (first == null) {
            // Applied before V2 kept what a change did: replaying without it would invent a license.
            throw new IllegalStateException("license change " + log + " has no recorded data; license "
                    + licenseId + " cannot be rebuilt");
        }
        if (transfer) {
            return new LicenseChange.Transferred(log, licenseId, first, rs.getString("to_address"));
        }
        return new LicenseChange.UserUpdated(log, licenseId, first, rs.getLong("expires"));
    }
}
