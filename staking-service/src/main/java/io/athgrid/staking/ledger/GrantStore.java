package io.athgrid.staking.ledger;

import static io.athgrid.staking.ledger.Sql.dec;
import static io.athgrid.staking.ledger.Sql.instant;
import static io.athgrid.staking.ledger.Sql.ts;

import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Vesting grants; every method runs in the caller's transaction. */
public class GrantStore {

    private static final String COLUMNS =
            "id, owner, bucket, origin, amount_wei, slashed_wei, released_wei, starts_at, ends_at";

    private final JdbcClient jdbc;

    public GrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the grant; false when a grant with its id exists. */
    public boolean insert(VestingGrant grant) {
        return jdbc.sql("insert into ledger_grant (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (id) do nothing")
                .params(grant.id(), grant.owner(), grant.bucket().name(),
                        grant.origin() == null ? "" : grant.origin().name(), dec(grant.amountWei()),
                        dec(grant.slashedWei()), dec(grant.releasedWei()), ts(grant.startsAt()), ts(grant.endsAt()))
                .update() == 1;
    }

    /** Grants with something left to release that started by {@code end}, locked for the release. */
    public List<VestingGrant> lockOpenStartedBy(Instant end) {
        return jdbc.sql("select " + COLUMNS + " from ledger_grant "
                        + "where released_wei + slashed_wei < amount_wei and starts_at <= ? order by id for update")
                .param(ts(end))
                .query(GrantStore::grant)
                .list();
    }

    /** A wallet's container rewards still vesting, locked for a slash. */
    public List<VestingGrant> lockVestingContainerRewardsOf(String owner) {
        return jdbc.sql("select " + COLUMNS + " from ledger_grant where owner = ? and bucket = 'VESTING' "
                        + "and origin in ('PROOF_OF_CAPACITY', 'PROOF_OF_DELIVERY') "
                        + "and released_wei + slashed_wei < amount_wei order by id for update")
                .param(owner.toLowerCase(Locale.ROOT))
                .query(GrantStore::grant)
                .list();
    }

    public VestingGrant find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from ledger_grant where id = ?").param(id).query(GrantStore::grant)
                .single();
    }

    public void addReleased(Map<UUID, BigInteger> released) {
        released.forEach((id, amount) -> jdbc.sql("update ledger_grant set released_wei = released_wei + ? where id = ?")
                .params(dec(amount), id)
                .update());
    }

    public void addSlashed(UUID id, BigInteger amount) {
        jdbc.sql("update ledger_grant set slashed_wei = slashed_wei + ? where id = ?").params(dec(amount), id).update();
    }

    /** Reads a grant from a row holding the ledger_grant columns. */
    public static VestingGrant grant(ResultSet rs, int row) throws SQLException {
        String origin = rs.getString("origin");
        return new VestingGrant(rs.getObject("id", UUID.class), rs.getString("owner"),
                Bucket.valueOf(rs.getString("bucket")), origin.isEmpty() ? null : Origin.valueOf(origin),
                Sql.wei(rs, "amount_wei"), Sql.wei(rs, "slashed_wei"), Sql.wei(rs, "released_wei"),
                instant(rs, "starts_at"), instant(rs, "ends_at"));
    }
}
