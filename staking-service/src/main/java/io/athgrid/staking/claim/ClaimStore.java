package io.athgrid.staking.claim;

import static io.athgrid.staking.ledger.Sql.dec;
import static io.athgrid.staking.ledger.Sql.instant;
import static io.athgrid.staking.ledger.Sql.ts;

import io.athgrid.staking.ledger.GrantStore;
import io.athgrid.staking.ledger.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Claims and how far each has been released; every method runs in the caller's transaction. */
public class ClaimStore {

    private static final String SELECT = """
            select c.id as claim_id, c.option, c.amount_wei as claim_amount_wei, c.returned_wei, c.created_at, g.*
            from ledger_claim c join ledger_grant g on g.id = c.grant_id""";

    private final JdbcClient jdbc;

    public ClaimStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ClaimPlan plan, Instant at) {
        jdbc.sql("""
                        insert into ledger_claim (id, owner, option, amount_wei, payable_wei, returned_wei, grant_id,
                            created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.claimId(), plan.owner(), plan.option().name(), dec(plan.amountWei()),
                        dec(plan.payableWei()), dec(plan.returnedWei()), plan.grant().id(), ts(at))
                .update();
    }

    /** A wallet's claims, newest first. */
    public List<Claim> ofOwner(String owner) {
        return jdbc.sql(SELECT + " where c.owner = ? order by c.created_at desc, c.id")
                .param(owner.toLowerCase(Locale.ROOT))
                .query(ClaimStore::claim)
                .list();
    }

    /** One of a wallet's claims; empty when there is none with this id or it is another wallet's. */
    public Optional<Claim> find(String owner, UUID claimId) {
        return jdbc.sql(SELECT + " where c.owner = ? and c.id = ?")
                .params(owner.toLowerCase(Locale.ROOT), claimId)
                .query(ClaimStore::claim)
                .optional();
    }

    private static Claim claim(ResultSet rs, int row) throws SQLException {
        return new Claim(rs.getObject("claim_id", UUID.class), ClaimOption.valueOf(rs.getString("option")),
                Sql.wei(rs, "claim_amount_wei"), Sql.wei(rs, "returned_wei"), instant(rs, "created_at"),
                GrantStore.grant(rs, row));
    }
}
