package io.athgrid.staking.claim;

import static io.athgrid.staking.ledger.Sql.ts;

import io.athgrid.support.web.IdempotencyKey;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger_claim_idempotency_key table: which claim a wallet's key created; in the caller's transaction. */
public class ClaimKeyStore {

    private final JdbcClient jdbc;

    public ClaimKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The claim an earlier request with this key created, and the fingerprint of that request. */
    public record KeyedClaim(UUID claimId, String requestSha256) {
    }

    public Optional<KeyedClaim> find(String owner, IdempotencyKey key) {
        return jdbc.sql("""
                        select claim_id, request_sha256 from ledger_claim_idempotency_key
                        where owner = ? and idempotency_key = ?""")
                .params(owner.toLowerCase(Locale.ROOT), key.value())
                .query((rs, row) -> new KeyedClaim(rs.getObject("claim_id", UUID.class), rs.getString("request_sha256")))
                .optional();
    }

    /**
     * Ties the key to the claim about to be booked; false when the key is already taken. A concurrent
     * request holding the same key makes this wait for its transaction: false if that one commits,
     * true if it rolls back (a refused claim). The claim row may follow later in the transaction.
     */
    public boolean remember(String owner, IdempotencyKey key, UUID claimId, String requestSha256, Instant now) {
        return jdbc.sql("""
                        insert into ledger_claim_idempotency_key
                            (owner, idempotency_key, claim_id, request_sha256, created_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (owner, idempotency_key) do nothing""")
                .params(owner.toLowerCase(Locale.ROOT), key.value(), claimId, requestSha256, ts(now))
                .update() == 1;
    }
}
