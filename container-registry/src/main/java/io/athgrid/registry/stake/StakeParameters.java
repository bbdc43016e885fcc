package io.athgrid.registry.stake;

import io.athgrid.protocol.container.GpuModel;
import io.athgrid.registry.RegistryProperties;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The monthly K-Value table and staking coefficient: what an operator set for the month, else the
 * configured defaults. Only future months may change; the current month is fixed.
 */
@Component
public class StakeParameters {

    private final JdbcClient jdbc;
    private final RegistryProperties.Stake defaults;
    private final Clock clock;

    public StakeParameters(JdbcClient jdbc, RegistryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = properties.stake();
        this.clock = clock;
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    public BigInteger kValue(YearMonth month, GpuModel model) {
        return jdbc.sql("select k_value_wei from stake_k_value where month = ? and gpu_model = ?")
                .params(month.toString(), model.name())
                .query(BigDecimal.class)
                .optional()
                .map(BigDecimal::toBigIntegerExact)
                .orElseGet(() -> defaultKValue(model));
    }

    public BigDecimal coefficient(YearMonth month) {
        return jdbc.sql("select coefficient from stake_coefficient where month = ?")
                .param(month.toString())
                .query(BigDecimal.class)
                .optional()
                .map(BigDecimal::stripTrailingZeros)
                .orElse(defaults.coefficient());
    }

    public Map<GpuModel, BigInteger> kValues(YearMonth month) {
        Map<GpuModel, BigInteger> table = new LinkedHashMap<>();
        for (GpuModel model : GpuModel.values()) {
            table.put(model, kValue(month, model));
        }
        return table;
    }

    @Transactional
    public void setKValue(YearMonth month, GpuModel model, BigInteger kValueWei) {
        requireFuture(month);
        jdbc.sql("""
                        insert into stake_k_value (month, gpu_model, k_value_wei, updated_at) values (?, ?, ?, ?)
                        on conflict (month, gpu_model)
                        do update set k_value_wei = excluded.k_value_wei, updated_at = excluded.updated_at""")
                .params(month.toString(), model.name(), new BigDecimal(kValueWei), Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    public void setCoefficient(YearMonth month, BigDecimal coefficient) {
        requireFuture(month);
        jdbc.sql("""
                        insert into stake_coefficient (month, coefficient, updated_at) values (?, ?, ?)
                        on conflict (month)
                        do update set coefficient = excluded.coefficient, updated_at = excluded.updated_at""")
                .params(month.toString(), coefficient, Timestamp.from(clock.instant()))
                .update();
    }

    public boolean isFixed(YearMonth month) {
        return !month.isAfter(currentMonth());
    }

    private void requireFuture(YearMonth month) {
        if (isFixed(month)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The stake parameters of " + month + " are fixed; only future months may change");
        }
    }

    private BigInteger defaultKValue(GpuModel model) {
        BigInteger value = defaults.kValues().get(model.name());
        if (value == null) {
            throw new IllegalStateException("athgrid.registry.stake.k-values." + model.name() + " is not configured");
        }
        return value;
    }
}
