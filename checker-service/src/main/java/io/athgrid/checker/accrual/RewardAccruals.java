package io.athgrid.checker.accrual;

import static io.athgrid.checker.Rows.numeric;
import static io.athgrid.checker.Rows.ts;

import io.athgrid.checker.license.LicenseBans;
import io.athgrid.checker.license.LicenseStore;
import io.athgrid.checker.license.StoredLicense;
import io.athgrid.checker.reward.BonusReward;
import io.athgrid.checker.reward.CheckerEmission;
import io.athgrid.checker.reward.DailyCheckerRewards;
import io.athgrid.checker.reward.DailyReward;
import io.athgrid.checker.reward.QuarterlyBonus;
import io.athgrid.checker.verdict.VerdictStore;
import io.athgrid.events.v1.CheckerRewardAccrued;
import io.athgrid.support.outbox.Outbox;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accrues checker rewards after each UTC day ends (plus a grace for the last verdicts to commit):
 * the day's pool split by correct tasks ({@link DailyCheckerRewards}), and after a quarter's last
 * day its bonus pool split by base reward among licenses above the uptime limit
 * ({@link QuarterlyBonus}). A day is claimed in {@code reward_day} in the transaction that writes its
 * accruals and {@code CheckerRewardAccrued} events, so each (license, kind, day) accrues exactly
 * once, also with replicas, restarts and missed midnights (caught up on the next run). Rewards go
 * to the license's owner at accrual time.
 */
public class RewardAccruals {

    static final String DAILY = "DAILY";
    static final String QUARTERLY_BONUS = "QUARTERLY_BONUS";

    private final JdbcClient jdbc;
    private final VerdictStore verdicts;
    private final LicenseStore licenses;
    private final LicenseBans bans;
    private final CheckerEmission emission;
    private final BigDecimal minUptimePercent;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration grace;

    public RewardAccruals(JdbcClient jdbc, VerdictStore verdicts, LicenseStore licenses, LicenseBans bans,
            CheckerEmission emission, BigDecimal minUptimePercent, Outbox outbox, TransactionTemplate transaction,
            Clock clock, Duration grace) {
        this.jdbc = jdbc;
        this.verdicts = verdicts;
        this.licenses = licenses;
        this.bans = bans;
        this.emission = emission;
        this.minUptimePercent = minUptimePercent;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.grace = grace;
    }

    public List<LocalDate> accrueFinishedDays() {
        return accrueFinishedDays(clock.instant());
    }

    /** Accrues every day that ended at least the grace before {@code now} and is not accrued yet; those days. */
    public List<LocalDate> accrueFinishedDays(Instant now) {
        LocalDate lastFinished = LocalDate.ofInstant(now.minus(grace), ZoneOffset.UTC).minusDays(1);
        Optional<LocalDate> first = firstOpenDay();
        if (first.isEmpty() || first.get().isAfter(lastFinished)) {
            return List.of();
        }
        return first.get().datesUntil(lastFinished.plusDays(1))
                .filter(day -> Boolean.TRUE.equals(transaction.execute(status -> accrue(day, now))))
                .toList();
    }

    private Optional<LocalDate> firstOpenDay() {
        Optional<LocalDate> lastAccrued = jdbc.sql("select max(day) from reward_day where kind = ?").param(DAILY)
                .query(LocalDate.class).optional();
        if (lastAccrued.isPresent()) {
            return Optional.of(lastAccrued.get().plusDays(1));
        }
        return verdicts.firstCorrectAt().map(first -> LocalDate.ofInstant(first, ZoneOffset.UTC));
    }

    private boolean accrue(LocalDate day, Instant now) {
        if (!claim(DAILY, day, now)) {
            return false;
        }
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = from.plus(Duration.ofDays(1));
        Map<Long, Long> tasks = verdicts.correctTasks(from, to);
        List<DailyReward> rewards = new DailyCheckerRewards(emission.dailyPoolWei())
                .split(day, tasks, bans.bannedDuring(from, to));
        for (DailyReward reward : rewards) {
            accrued(reward.licenseId(), DAILY, day, reward.correctTasks(), reward.amountWei(), now);
        }
        if (day.equals(QuarterlyBonus.quarterEnd(day))) {
            bonus(day, to, now);
        }
        return true;
    }

    private void bonus(LocalDate quarterEnd, Instant quarterEndsAt, Instant now) {
        if (!claim(QUARTERLY_BONUS, quarterEnd, now)) {
            return;
        }
        LocalDate quarterStart = quarterEnd.with(IsoFields.DAY_OF_QUARTER, 1);
        Map<Long, BigInteger> base = new HashMap<>();
        Map<Long, Long> tasks = new HashMap<>();
        jdbc.sql("""
                        select license_id, sum(amount_wei) as base, sum(correct_tasks) as tasks from reward_accrual
                        where kind = ? and day between ? and ? group by license_id""")
                .params(DAILY, Date.valueOf(quarterStart), Date.valueOf(quarterEnd))
                .query((rs, row) -> {
                    base.put(rs.getLong("license_id"), rs.getBigDecimal("base").toBigIntegerExact());
                    return tasks.put(rs.getLong("license_id"), rs.getLong("tasks"));
                })
                .list();
        Map<Long, BigDecimal> uptime = uptimePercent(base.keySet(), quarterStart, quarterEnd, quarterEndsAt);
        List<BonusReward> bonuses = new QuarterlyBonus(emission.quarterlyBonusPoolWei(), minUptimePercent)
                .split(base, uptime, bans.bannedAt(quarterEndsAt.minusMillis(1)));
        for (BonusReward bonus : bonuses) {
            accrued(bonus.licenseId(), QUARTERLY_BONUS, quarterEnd, tasks.getOrDefault(bonus.licenseId(), 0L),
                    bonus.amountWei(), now);
        }
    }

    /** Minutes online over the minutes of the quarter the license existed, in percent (4 decimals, rounded down). */
    private Map<Long, BigDecimal> uptimePercent(Iterable<Long> licenseIds, LocalDate quarterStart, LocalDate quarterEnd,
            Instant quarterEndsAt) {
        Map<Long, Long> online = licenses.onlineMinutes(quarterStart, quarterEnd);
        Instant quarterStartsAt = quarterStart.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, BigDecimal> uptime = new HashMap<>();
        for (long licenseId : licenseIds) {
            Instant since = licenses.find(licenseId).map(StoredLicense::createdAt)
                    .filter(created -> created.isAfter(quarterStartsAt))
                    .map(created -> created.truncatedTo(ChronoUnit.MINUTES))
                    .orElse(quarterStartsAt);
            long minutes = Duration.between(since, quarterEndsAt).toMinutes();
            if (minutes > 0) {
                uptime.put(licenseId, BigDecimal.valueOf(Math.min(minutes, online.getOrDefault(licenseId, 0L)))
                        .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(minutes), 4, RoundingMode.DOWN));
            }
        }
        return uptime;
    }

    private boolean claim(String kind, LocalDate day, Instant now) {
        return jdbc.sql("insert into reward_day (kind, day, accrued_at) values (?, ?, ?) on conflict do nothing")
                .params(kind, Date.valueOf(day), ts(now))
                .update() == 1;
    }

    private void accrued(long licenseId, String kind, LocalDate day, long correctTasks, BigInteger amountWei,
            Instant now) {
        String owner = licenses.find(licenseId).map(StoredLicense::owner).orElse("");
        UUID accrualId = UUID.randomUUID();
        jdbc.sql("""
                        insert into reward_accrual (accrual_id, license_id, owner, kind, day, correct_tasks, amount_wei, accrued_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(accrualId, licenseId, owner, kind, Date.valueOf(day), correctTasks, numeric(amountWei), ts(now))
                .update();
        outbox.publish(new CheckerRewardAccrued(accrualId.toString(), Long.toString(licenseId), owner, kind, day,
                correctTasks, amountWei, now));
    }
}
