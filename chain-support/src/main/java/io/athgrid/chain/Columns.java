package io.athgrid.chain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** JDBC conversions of the mirror tables: instants as timestamptz, wei as numeric(78, 0); nulls kept. */
public final class Columns {

    private Columns() {
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static BigDecimal wei(BigInteger wei) {
        return wei == null ? null : new BigDecimal(wei);
    }

    public static BigInteger wei(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.toBigIntegerExact();
    }
}
