package io.athgrid.staking.ledger;

import static io.athgrid.staking.ledger.Sql.dec;
import static io.athgrid.staking.ledger.Sql.ts;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The record of closed epochs: what each emission pool scheduled, accrued and returned, and the root that settled it. */
public class EpochBook {

    private final JdbcClient jdbc;

    public EpochBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordEmission(EmissionResult result) {
        jdbc.sql("""
                        insert into ledger_epoch_emission (epoch, origin, scheduled_wei, accrued_wei, returned_wei)
                        values (?, ?, ?, ?, ?)""")
                .params(result.epoch(), result.origin().name(), dec(result.scheduledWei()), dec(result.accruedWei()),
                        dec(result.returnedWei()))
                .update();
    }

    public void recordClosed(ClosedEpoch closed) {
        jdbc.sql("""
                        insert into ledger_epoch (epoch, starts_at, ends_at, emitted_wei, accrued_wei, returned_wei,
                            accounts, closed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(closed.epoch(), ts(closed.startsAt()), ts(closed.endsAt()), dec(closed.emittedWei()),
                        dec(closed.accruedWei()), dec(closed.returnedWei()), closed.accounts(), ts(closed.closedAt()))
                .update();
    }

    /** The root an epoch was settled with, if it was. */
    public Optional<String> settledRoot(long epoch) {
        return jdbc.sql("select settled_root from ledger_epoch where epoch = ? and settled_root is not null")
                .param(epoch)
                .query(String.class)
                .optional();
    }

    /**
     * The root an epoch was settled with, if it was, locking the epoch's row until the transaction
     * ends: settling and booking on-chain claims of the epoch take turns.
     */
    public Optional<String> lockSettledRoot(long epoch) {
        return jdbc.sql("select coalesce(settled_root, '') from ledger_epoch where epoch = ? for update")
                .param(epoch)
                .query(String.class)
                .optional()
                .filter(root -> !root.isEmpty());
    }

    public void markSettled(long epoch, String root, String txHash, Instant at) {
        jdbc.sql("update ledger_epoch set settled_root = ?, settled_tx = ?, settled_at = ? where epoch = ? "
                        + "and settled_root is null")
                .params(root, txHash, ts(at), epoch)
                .update();
    }

    /** A closed epoch as recorded: emitted = accrued (emission kinds), returned = scheduled but not earned. */
    public record ClosedEpoch(long epoch, Instant startsAt, Instant endsAt, BigInteger emittedWei,
            BigInteger accruedWei, BigInteger returnedWei, int accounts, Instant closedAt) {
    }
}
