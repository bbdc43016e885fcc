package io.athgrid.checker.license;

import static io.athgrid.checker.Rows.ts;

import io.athgrid.checker.ban.Ban;
import io.athgrid.checker.ban.CheckerBan;
import io.athgrid.events.v1.CheckerBanned;
import io.athgrid.support.outbox.Outbox;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the bans {@link CheckerBan} derives from each license's incorrect results: a new ban is
 * recorded once and announced ({@code CheckerBanned}), and the license's {@code banned_until} makes
 * assignment skip it and admission refuse its reports. Runs in the verdict's transaction.
 */
public class LicenseBans {

    private final JdbcClient jdbc;
    private final LicenseStore licenses;
    private final CheckerBan rule;
    private final Outbox outbox;

    public LicenseBans(JdbcClient jdbc, LicenseStore licenses, CheckerBan rule, Outbox outbox) {
        this.jdbc = jdbc;
        this.licenses = licenses;
        this.rule = rule;
        this.outbox = outbox;
    }

    /** @param incorrectAt every incorrect result of the license so far, the new one included */
    public void judgedIncorrect(long licenseId, Collection<Instant> incorrectAt) {
        List<Ban> bans = rule.bans(incorrectAt);
        if (bans.isEmpty()) {
            return;
        }
        String owner = licenses.find(licenseId).map(StoredLicense::owner).orElse("");
        for (Ban ban : bans) {
            boolean recorded = jdbc.sql("""
                            insert into license_ban (license_id, banned_from, banned_until, incorrect_results)
                            values (?, ?, ?, ?) on conflict do nothing""")
                    .params(licenseId, ts(ban.from()), ts(ban.until()), rule.maxIncorrect())
                    .update() == 1;
            if (recorded) {
                outbox.publish(new CheckerBanned(Long.toString(licenseId), owner, rule.maxIncorrect(), ban.from(),
                        ban.until()));
            }
        }
        licenses.bannedUntil(licenseId, bans.get(bans.size() - 1).until());
    }

    /** The licenses banned at any time in {@code from}..{@code to} (end excluded). */
    public Set<Long> bannedDuring(Instant from, Instant to) {
        return new HashSet<>(jdbc.sql("""
                        select distinct license_id from license_ban where banned_from < ? and banned_until > ?""")
                .params(ts(to), ts(from))
                .query(Long.class)
                .list());
    }

    /** The licenses whose ban is in force at {@code at}. */
    public Set<Long> bannedAt(Instant at) {
        return new HashSet<>(jdbc.sql("""
                        select distinct license_id from license_ban where banned_from <= ? and banned_until > ?""")
                .params(ts(at), ts(at))
                .query(Long.class)
                .list());
    }
}
