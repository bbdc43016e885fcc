package io.athgrid.staking.slash;

import io.athgrid.staking.chain.ContainerIdBytes;
import io.athgrid.staking.settlement.tx.OutgoingTx;
import io.athgrid.staking.settlement.tx.OutgoingTxStore;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a slash order and queues its transaction in the caller's transaction (or one of its own);
 * the settlement worker sends it with the same exactly-once machinery as epoch roots.
 */
public class StoredBondSlashOrders implements BondSlashOrders {

    private static final Logger log = LoggerFactory.getLogger(StoredBondSlashOrders.class);
    private static final Pattern HASH = Pattern.compile("0x[0-9a-f]{64}");
    private static final int MAX_SLASH_ID = 100;

    private final SlashOrderStore orders;
    private final OutgoingTxStore transactions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public StoredBondSlashOrders(SlashOrderStore orders, OutgoingTxStore transactions, TransactionTemplate transaction,
            Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException for an order that could never be sent; nothing is written */
    @Override
    public void order(String slashId, String containerId, BigInteger amountWei, String evidenceHash) {
        if (slashId == null || slashId.isBlank() || slashId.length() > MAX_SLASH_ID) {
            throw new IllegalArgumentException("a slash id has 1 to " + MAX_SLASH_ID + " characters: " + slashId);
        }
        ContainerIdBytes.toBytes32(containerId);
        if (amountWei == null || amountWei.signum() <= 0) {
            throw new IllegalArgumentException("a bond slash is for more than zero wei: " + amountWei);
        }
        if (evidenceHash == null || !HASH.matcher(evidenceHash).matches()) {
            throw new IllegalArgumentException("the evidence hash is 32 bytes of lower-case 0x hex: " + evidenceHash);
        }
        String txId = OutgoingTx.idOf(BondSlashing.PURPOSE, slashId);
        transaction.executeWithoutResult(status -> {
            // The transaction's id is the order's: a second order with this slash id queues nothing.
            if (transactions.queue(BondSlashing.PURPOSE, slashId, clock.instant())) {
                orders.insert(slashId, containerId, new BigDecimal(amountWei), evidenceHash, txId, clock.instant());
                log.info("bond slash {} ordered: {} wei of container {}", slashId, amountWei, containerId);
            }
        });
    }
}
