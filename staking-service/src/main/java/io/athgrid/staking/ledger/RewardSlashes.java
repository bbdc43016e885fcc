package io.athgrid.staking.ledger;

import static io.athgrid.staking.ledger.Sql.dec;
import static io.athgrid.staking.ledger.Sql.ts;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.SlashExecuted;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.slash.BondSlashOrders;
import io.athgrid.support.inbox.EventHandler;
import java.math.BigInteger;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Executes a final slash against the ledger: the owner's container rewards are taken first
 * (vesting, then available) into the SLASHED accounts, and what they do not cover is ordered from
 * the container's bond on chain, in the same transaction. Keyed by the slash id.
 */
public class RewardSlashes implements EventHandler<SlashExecuted> {

    private static final Logger log = LoggerFactory.getLogger(RewardSlashes.class);

    private final JdbcClient jdbc;
    private final LedgerStore ledger;
    private final GrantStore grants;
    private final EpochCursor cursor;
    private final ObjectProvider<BondSlashOrders> bondOrders;
    private final Clock clock;

    public RewardSlashes(JdbcClient jdbc, LedgerStore ledger, GrantStore grants, EpochCursor cursor,
            ObjectProvider<BondSlashOrders> bondOrders, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.grants = grants;
        this.cursor = cursor;
        this.bondOrders = bondOrders;
        this.clock = clock;
    }

    @Override
    public Class<SlashExecuted> eventType() {
        return SlashExecuted.class;
    }

    @Override
    public void handle(EventEnvelope<SlashExecuted> event) {
        SlashExecuted slash = event.payload();
        // Releases at an epoch close must not interleave with taking from the same grants.
        cursor.lockShared();
        if (seen(slash.slashId()) || slash.amountWei().signum() <= 0) {
            return;
        }
        String owner = slash.owner().toLowerCase(Locale.ROOT);
        Map<Origin, BigInteger> available = new TreeMap<>();
        ledger.lockBalancesOf(owner, Bucket.AVAILABLE).forEach((account, balance) -> available.put(account.origin(), balance));
        SlashPlan plan = SlashPlan.of(owner, slash.amountWei(), grants.lockVestingContainerRewardsOf(owner), available);
        plan.entry(slash.slashId()).ifPresent(ledger::book);
        plan.fromVesting().forEach(take -> grants.addSlashed(take.grant().id(), take.amountWei()));
        boolean ordered = orderFromBond(slash, plan.fromBondWei());
        jdbc.sql("""
                        insert into ledger_slash (slash_id, container_id, owner, reason, amount_wei, from_rewards_wei,
                            from_bond_wei, bond_ordered, evidence_hash, executed_at, booked_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(slash.slashId(), slash.containerId(), owner, slash.reason(), dec(slash.amountWei()),
                        dec(plan.fromRewardsWei()), dec(plan.fromBondWei()), ordered, slash.evidenceHash(),
                        ts(slash.executedAt()), ts(clock.instant()))
                .update();
    }

    private boolean orderFromBond(SlashExecuted slash, BigInteger fromBond) {
        if (fromBond.signum() == 0) {
            return false;
        }
        BondSlashOrders orders = bondOrders.getIfAvailable();
        if (orders == null) {
            log.warn("Slash {} of container {}: the owner's rewards did not cover it and the remaining {} wei are NOT "
                    + "ordered from the container's bond: this service has no BondSlashOrders (settlement is off)",
                    slash.slashId(), slash.containerId(), fromBond);
            return false;
        }
        orders.order(slash.slashId(), slash.containerId(), fromBond, slash.evidenceHash());
        return true;
    }

    private boolean seen(String slashId) {
        return jdbc.sql("select count(*) from ledger_slash where slash_id = ?").param(slashId).query(Long.class)
                .single() > 0;
    }
}
