package io.athgrid.scheduler.billing;

import static io.athgrid.scheduler.Rows.ts;

import io.athgrid.events.v1.ProviderFeeAccrued;
import io.athgrid.scheduler.Rows;
import io.athgrid.support.outbox.Outbox;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accrues provider fees at 00:00 UTC: for each UTC day not yet accrued, each container's provider
 * shares of that day's charges less its refunds (the day rule is {@link DailyProviderFees}'s), one
 * {@code ProviderFeeAccrued} per container with fees, vesting over 45 days. A day is accrued in one
 * transaction and marked, so a restart or a missed midnight catches up without accruing anything twice.
 */
public class FeeAccruals {

    private final JdbcClient jdbc;
    private final DailyProviderFees daily;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration vesting;

    public FeeAccruals(JdbcClient jdbc, DailyProviderFees daily, Outbox outbox, TransactionTemplate transaction,
            Clock clock, Duration vesting) {
        this.jdbc = jdbc;
        this.daily = daily;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.vesting = vesting;
    }

    /** Accrues every finished UTC day not accrued yet; the days accrued. */
    public List<LocalDate> accrueFinishedDays() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = firstOpenDay();
        if (first == null) {
            return List.of();
        }
        return first.datesUntil(today).filter(day -> transaction.execute(status -> accrue(day))).toList();
    }

    private LocalDate firstOpenDay() {
        LocalDate lastAccrued = jdbc.sql("select max(day) from accrued_day").query(LocalDate.class).optional()
                .orElse(null);
        if (lastAccrued != null) {
            return lastAccrued.plusDays(1);
        }
        Instant firstActivity = jdbc.sql("""
                        select least((select min(metered_at) from charge), (select min(issued_at) from refund)) as first""")
                .query((rs, row) -> Rows.instant(rs, "first")).optional().orElse(null);
        return firstActivity == null ? null : LocalDate.ofInstant(firstActivity, ZoneOffset.UTC);
    }

    private boolean accrue(LocalDate day) {
        boolean claimed = jdbc.sql("insert into accrued_day (day, accrued_at) values (?, ?) on conflict do nothing")
                .params(Date.valueOf(day), ts(clock.instant()))
                .update() == 1;
        if (!claimed) {
            return false;
        }
        Instant dayEnd = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Fees> byContainer = new HashMap<>();
        for (DailyProviderFees.DayFees fees : daily.of(day)) {
            byContainer.put(fees.containerId(), new Fees(fees.owner(), fees.netWei(), BigInteger.ZERO));
        }
        jdbc.sql("""
                        select distinct on (container_id) container_id, owner, carry_wei from fee_accrual
                        where day < ? order by container_id, day desc""")
                .param(Date.valueOf(day))
                .query((rs, row) -> {
                    BigInteger carry = rs.getBigDecimal("carry_wei").toBigIntegerExact();
                    if (carry.signum() != 0) {
                        byContainer.merge(rs.getString("container_id"),
                                new Fees(rs.getString("owner"), BigInteger.ZERO, carry),
                                (fees, carried) -> new Fees(fees.owner(), fees.net(), carry));
                    }
                    return null;
                })
                .list();
        Instant now = clock.instant();
        Instant vestsAt = dayEnd.plus(vesting);
        byContainer.forEach((containerId, fees) -> {
            FeeCarry result = FeeCarry.of(fees.net(), fees.carry());
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into fee_accrual (id, container_id, owner, day, amount_wei, carry_wei, accrued_at, vests_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, containerId, fees.owner(), Date.valueOf(day), new BigDecimal(result.accruedWei()), new BigDecimal(result.carryWei()),
                            ts(now), ts(vestsAt))
                    .update();
            if (result.accruedWei().signum() > 0) {
                outbox.publish(new ProviderFeeAccrued(id.toString(), fees.owner(), containerId, day,
                        result.accruedWei(), now, vestsAt));
            }
        });
        return true;
    }

    private record Fees(String owner, BigInteger net, BigInteger carry) {
    }
}
