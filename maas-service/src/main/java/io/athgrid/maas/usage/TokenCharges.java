package io.athgrid.maas.usage;

import io.athgrid.events.v1.TokensMetered;
import io.athgrid.maas.catalog.TokenPrice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The token ledger ({@code token_charge}): a row per successful call, charged to the calling enterprise,
 * and an enterprise's rows summed for a bill. Sums are the database's, never rows loaded one by one.
 */
public class TokenCharges {

    private final JdbcClient jdbc;

    public TokenCharges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Charges the call {@code metered} announces, at {@code price}. Runs in the transaction that publishes
     * the event, so the two exist together or not at all; its usage id is the row's key, so a call is never
     * charged twice.
     */
    public void record(TokensMetered metered, TokenPrice price) {
        jdbc.sql("""
                        insert into token_charge (usage_id, enterprise_id, deployment_id, model_id, replica_id,
                            container_id, prompt_tokens, completion_tokens, usd_per_million_input,
                            usd_per_million_output, amount_usd, metered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(metered.usageId()), metered.enterpriseId(), metered.deploymentId(),
                        metered.model(), metered.replicaId(), metered.containerId(), metered.promptTokens(),
                        metered.completionTokens(), price.usdPerMillionInput(), price.usdPerMillionOutput(),
                        metered.amountUsd(), utc(metered.meteredAt()))
                .update();
    }

    /** The enterprise's charges metered within the period, a line per UTC day, deployment and model, in that order. */
    public List<TokenBill.Line> lines(String enterpriseId, UsagePeriod period) {
        return jdbc.sql("""
                        select (metered_at at time zone 'UTC')::date as day, deployment_id, model_id,
                               count(*) as calls, sum(prompt_tokens) as prompt_tokens,
                               sum(completion_tokens) as completion_tokens, sum(amount_usd) as amount_usd
                        from token_charge
                        where enterprise_id = ? and metered_at >= ? and metered_at < ?
                        group by day, deployment_id, model_id
                        order by day, deployment_id, model_id""")
                .params(enterpriseId, utc(period.start()), utc(period.end()))
                .query((rs, row) -> new TokenBill.Line(rs.getObject("day", LocalDate.class),
                        rs.getString("deployment_id"), rs.getString("model_id"), rs.getLong("calls"),
                        rs.getLong("prompt_tokens"), rs.getLong("completion_tokens"), rs.getBigDecimal("amount_usd")))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
