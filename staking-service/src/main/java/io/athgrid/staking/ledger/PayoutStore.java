package io.athgrid.staking.ledger;

import static io.athgrid.staking.ledger.Sql.dec;

import java.math.BigInteger;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each closed epoch's payouts: what claims released to each account up to the epoch's end. */
public class PayoutStore {

    private final JdbcClient jdbc;

    public PayoutStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long epoch, SortedMap<String, BigInteger> payouts) {
        payouts.forEach((owner, amount) -> jdbc.sql("insert into ledger_payout (epoch, owner, amount_wei) values (?, ?, ?)")
                .params(epoch, owner, dec(amount))
                .update());
    }

    /** What the epoch pays {@code owner}, if anything. */
    public Optional<BigInteger> of(long epoch, String owner) {
        return jdbc.sql("select amount_wei from ledger_payout where epoch = ? and owner = ?")
                .params(epoch, owner)
                .query((rs, row) -> Sql.wei(rs, "amount_wei"))
                .optional();
    }

    public SortedMap<String, BigInteger> of(long epoch) {
        SortedMap<String, BigInteger> payouts = new TreeMap<>();
        jdbc.sql("select owner, amount_wei from ledger_payout where epoch = ?")
                .param(epoch)
                .query((rs, row) -> payouts.put(rs.getString("owner"), Sql.wei(rs, "amount_wei")))
                .list();
        return payouts;
    }
}
