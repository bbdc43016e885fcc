package io.athgrid.staking.chain;

import static io.athgrid.chain.Columns.instant;
import static io.athgrid.chain.Columns.ts;
import static io.athgrid.chain.Columns.wei;

import io.athgrid.chain.Addresses;
import io.athgrid.chain.LogPosition;
import io.athgrid.events.v1.RewardClaimed;
import io.athgrid.support.outbox.Outbox;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rewards claimed from the RewardDistributor, as confirmed on chain ({@code chain_claim}). */
public class ChainClaims {

    private static final String COLUMNS = "epoch, account, amount_wei, block_number, block_time, tx_hash, log_index";

    private final JdbcClient jdbc;
    private final Outbox outbox;

    public ChainClaims(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** The account's claim of the epoch, if it was made. */
    public Optional<Claim> of(long epoch, String account) {
        return jdbc.sql("select " + COLUMNS + " from chain_claim where epoch = ? and account = ?")
                .params(epoch, Addresses.lower(account))
                .query(ChainClaims::claim)
                .optional();
    }

    /** The account's claims, oldest epoch first. */
    public List<Claim> ofAccount(String account) {
        return jdbc.sql("select " + COLUMNS + " from chain_claim where account = ? order by epoch")
                .param(Addresses.lower(account))
                .query(ChainClaims::claim)
                .list();
    }

    /** The epoch's claims, by account. */
    public List<Claim> ofEpoch(long epoch) {
        return jdbc.sql("select " + COLUMNS + " from chain_claim where epoch = ? order by account")
                .param(epoch)
                .query(ChainClaims::claim)
                .list();
    }

    /** Records the claim and announces it, in the follower's transaction; false when seen before. */
    boolean record(LogPosition at, ClaimSeen claim) {
        int inserted = jdbc.sql("insert into chain_claim (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (tx_hash, log_index) do nothing")
                .params(claim.epoch(), claim.account(), wei(claim.amountWei()), at.blockNumber(), ts(at.blockTime()),
                        at.txHash(), at.logIndex())
                .update();
        if (inserted == 1) {
            outbox.publish(new RewardClaimed(claim.epoch(), claim.account(), claim.amountWei(), at.blockNumber(),
                    at.txHash(), at.logIndex()));
        }
        return inserted == 1;
    }

    void rollbackAfter(long blockNumber) {
        jdbc.sql("delete from chain_claim where block_number > ?").param(blockNumber).update();
    }

    private static Claim claim(ResultSet rs, int row) throws SQLException {
        return new Claim(rs.getLong("epoch"), rs.getString("account"), wei(rs, "amount_wei"),
                rs.getLong("block_number"), instant(rs, "block_time"), rs.getString("tx_hash"), rs.getInt("log_index"));
    }

    /** One confirmed {@code RewardClaimed}: the account was paid {@code amountWei} of the epoch. */
    public record Claim(long epoch, String account, BigInteger amountWei, long blockNumber, Instant blockTime,
            String txHash, int logIndex) {
    }
}
