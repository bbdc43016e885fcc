package io.athgrid.scheduler.billing;

import static io.athgrid.scheduler.Rows.ts;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The day rule of provider fees, in one place for the midnight accrual ({@link FeeAccruals}) and the
 * provider's dashboard: a charge counts on the UTC day it was metered, a refund on the UTC day it was
 * issued, each with its provider share. A refund may so fall on a later day than its charge.
 */
public class DailyProviderFees {

    private static final String SQL = """
            select day, container_id, owner, sum(fee) as fees, sum(refunded) as refunds from (
                select (metered_at at time zone 'UTC')::date as day, container_id, owner,
                       provider_fee_wei as fee, 0 as refunded
                from charge where metered_at >= :from and metered_at < :until %1$s
                union all
                select (issued_at at time zone 'UTC')::date, container_id, owner, 0, provider_fee_wei
                from refund where issued_at >= :from and issued_at < :until %1$s) day_fees
            group by day, container_id, owner""";
    private static final String OF_OWNER = "and lower(owner) = :owner";

    private final JdbcClient jdbc;

    public DailyProviderFees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every container's fees on one day, whoever owns it. */
    public List<DayFees> of(LocalDate day) {
        return query(day, day, null);
    }

    /** One owner's fees (compared case-insensitively) per day and container, {@code from} to {@code to} inclusive. */
    public List<DayFees> ofOwner(String owner, LocalDate from, LocalDate to) {
        return query(from, to, owner.toLowerCase(Locale.ROOT));
    }

    private List<DayFees> query(LocalDate from, LocalDate to, String owner) {
        var sql = jdbc.sql(SQL.formatted(owner == null ? "" : OF_OWNER))
                .param("from", ts(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("until", ts(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        if (owner != null) {
            sql = sql.param("owner", owner);
        }
        return sql.query((rs, row) -> new DayFees(rs.getObject("day", LocalDate.class), rs.getString("container_id"),
                        rs.getString("owner"), rs.getBigDecimal("fees").toBigIntegerExact(),
                        rs.getBigDecimal("refunds").toBigIntegerExact()))
                .list();
    }

    /** One container's provider shares of a day's charges and of its refunds. */
    public record DayFees(LocalDate day, String containerId, String owner, BigInteger feesWei, BigInteger refundsWei) {

        public BigInteger netWei() {
            return feesWei.subtract(refundsWei);
        }
    }
}
