package io.athgrid.scheduler.order;

import static io.athgrid.scheduler.Rows.ts;

import io.athgrid.support.web.IdempotencyKey;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order_idempotency_key table: which order an enterprise's key created; in the caller's transaction. */
public class OrderKeyStore {

    private final JdbcClient jdbc;

    public OrderKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order an earlier request with this key created, and the fingerprint of that request. */
    public record KeyedOrder(UUID orderId, String requestSha256) {
    }

    public Optional<KeyedOrder> find(String enterpriseId, IdempotencyKey key) {
        return jdbc.sql("""
                        select order_id, request_sha256 from order_idempotency_key
                        where enterprise_id = ? and idempotency_key = ?""")
                .params(enterpriseId, key.value())
                .query((rs, row) -> new KeyedOrder(rs.getObject("order_id", UUID.class), rs.getString("request_sha256")))
                .optional();
    }

    /**
     * Ties the key to the order; false when the key is already taken. A concurrent request holding the
     * same key makes this wait for its transaction: false if that one commits, true if it rolls back.
     */
    public boolean remember(String enterpriseId, IdempotencyKey key, UUID orderId, String requestSha256,
            Instant now) {
        return jdbc.sql("""
                        insert into order_idempotency_key
                            (enterprise_id, idempotency_key, order_id, request_sha256, created_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (enterprise_id, idempotency_key) do nothing""")
                .params(enterpriseId, key.value(), orderId, requestSha256, ts(now))
                .update() == 1;
    }
}
