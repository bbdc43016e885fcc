package io.athgrid.scheduler.provider;

import static io.athgrid.scheduler.Rows.instant;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the midnight run ({@code FeeAccruals}) accrued for a provider's containers, per UTC day. */
public class AccruedFees {

    private final JdbcClient jdbc;

    public AccruedFees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code owner} lower-case; days {@code from} to {@code to} inclusive. */
    List<ProviderFees.Accrual> ofOwner(String owner, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select day, container_id, amount_wei, vests_at from fee_accrual
                        where lower(owner) = ? and day between ? and ?""")
                .params(owner, Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> new ProviderFees.Accrual(rs.getObject("day", LocalDate.class),
                        rs.getString("container_id"), rs.getBigDecimal("amount_wei").toBigIntegerExact(),
                        instant(rs, "vests_at")))
                .list();
    }
}
