package io.athgrid.staking.slash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.staking.StakingApplication;
import io.athgrid.staking.settlement.DevnetChain;
import io.athgrid.support.testing.ServiceIntegrationTest;
import io.athgrid.testsupport.anvil.AnvilNode;
import java.math.BigInteger;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bond slash orders sent by the scheduled settlement worker to ContainerBonds on anvil: once per
 * slash id, capped at what the bond holds, skipped without a bond, and written only with the
 * orderer's transaction. No ledger here: slashes go out without one.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.config.name=" + StakingApplication.CONFIG_NAME,
        "athgrid.staking.settlement.poll-interval=200ms"})
class BondSlashOrdersIT {

    private static final int SETTLER = 9;
    private static final int HOST = 2;
    private static final String EVIDENCE = "0x" + "e1".repeat(32);
    private static final DevnetChain CHAIN = new DevnetChain(AnvilNode.shared());
    private static DevnetContracts contracts;

    @Autowired
    BondSlashOrders orders;
    @Autowired
    SlashOrderStore store;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void chain(DynamicPropertyRegistry registry) throws Exception {
        contracts = CHAIN.deploy();
        CHAIN.grantSettlerRoles(contracts, SETTLER);
        CHAIN.serviceProperties(contracts, CHAIN.rpcUrl(), SETTLER, 2)
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void an_order_slashes_the_bond_once_however_often_it_is_placed() throws Exception {
        String container = UUID.randomUUID().toString();
        CHAIN.bond(contracts, HOST, container, ath(1_000));
        BigInteger treasuryBefore = CHAIN.athBalance(contracts, CHAIN.address(0));
        String slashId = "slash-" + UUID.randomUUID();

        orders.order(slashId, container, ath(100), EVIDENCE);
        orders.order(slashId, container, ath(100), EVIDENCE);

        SlashOrder executed = awaitEnd(slashId);
        assertThat(executed.status()).isEqualTo(SlashOrderStatus.EXECUTED);
        assertThat(executed.slashedWei()).isEqualTo(ath(100));
        assertThat(CHAIN.bonded(contracts, container)).isEqualTo(ath(900));
        assertThat(CHAIN.athBalance(contracts, CHAIN.address(0))).as("slashed ATH goes to the treasury")
                .isEqualTo(treasuryBefore.add(ath(100)));
        orders.order(slashId, container, ath(100), EVIDENCE);
        CHAIN.mine(3);
        assertThat(CHAIN.bondSlashedLogs(contracts)).filteredOn(log -> log.getTransactionHash().equals(executed.txHash()))
                .hasSize(1);
        assertThat(CHAIN.bonded(contracts, container)).isEqualTo(ath(900));
        assertThat(jdbc.sql("select count(*) from outgoing_tx_attempt where tx_id = ?").param("BOND_SLASH:" + slashId)
                .query(Integer.class).single()).isOne();
    }

    @Test
    void a_slash_above_the_bond_takes_what_is_left_and_without_a_bond_nothing_is_sent() throws Exception {
        String container = UUID.randomUUID().toString();
        CHAIN.bond(contracts, HOST, container, ath(50));
        String above = "slash-" + UUID.randomUUID();
        String unbonded = "slash-" + UUID.randomUUID();

        orders.order(above, container, ath(80), EVIDENCE);
        orders.order(unbonded, UUID.randomUUID().toString(), ath(80), EVIDENCE);

        SlashOrder capped = awaitEnd(above);
        assertThat(capped.status()).isEqualTo(SlashOrderStatus.EXECUTED);
        assertThat(capped.slashedWei()).isEqualTo(ath(50));
        assertThat(capped.reason()).contains("held only");
        assertThat(CHAIN.bonded(contracts, container)).isZero();
        SlashOrder skipped = awaitEnd(unbonded);
        assertThat(skipped.status()).isEqualTo(SlashOrderStatus.SKIPPED);
        assertThat(skipped.reason()).contains("no bond");
        assertThat(skipped.txHash()).isNull();
    }

    @Test
    void a_slash_that_reverts_fails_and_is_not_sent_again() throws Exception {
        String container = UUID.randomUUID().toString();
        CHAIN.bond(contracts, HOST, container, ath(10));
        String slashId = "slash-" + UUID.randomUUID();
        CHAIN.slasherRole(contracts, SETTLER, false);
        try {
            orders.order(slashId, container, ath(1), EVIDENCE);

            SlashOrder failed = awaitEnd(slashId);
            assertThat(failed.status()).isEqualTo(SlashOrderStatus.FAILED);
            assertThat(failed.reason()).contains("reverted").contains("SLASHER_ROLE");
        } finally {
            CHAIN.slasherRole(contracts, SETTLER, true);
        }
        CHAIN.mine(3);
        assertThat(CHAIN.bonded(contracts, container)).isEqualTo(ath(10));
        assertThat(jdbc.sql("select count(*) from outgoing_tx_attempt where tx_id = ?").param("BOND_SLASH:" + slashId)
                .query(Integer.class).single()).isOne();
    }

    @Test
    void an_order_is_written_with_the_orderers_transaction_and_bad_orders_write_nothing() {
        String rolledBack = "slash-" + UUID.randomUUID();
        String container = UUID.randomUUID().toString();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            orders.order(rolledBack, container, ath(1), EVIDENCE);
            throw new IllegalStateException("the orderer's own work failed");
        })).hasMessageContaining("orderer");
        assertThatThrownBy(() -> orders.order("bad-1", "container-7", ath(1), EVIDENCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> orders.order("bad-2", container, BigInteger.ZERO, EVIDENCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> orders.order("bad-3", container, ath(1), "0x1234"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(store.find(rolledBack)).isEmpty();
        assertThat(jdbc.sql("select count(*) from outgoing_tx where subject in (?, 'bad-1', 'bad-2', 'bad-3')")
                .param(rolledBack).query(Integer.class).single()).isZero();
    }

    /** Mines a block now and then, as a live chain would, until the order has ended. */
    private SlashOrder awaitEnd(String slashId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            CHAIN.mine(1);
            return store.find(slashId).map(order -> order.status() != SlashOrderStatus.ORDERED).orElse(false);
        });
        return store.find(slashId).orElseThrow();
    }

    private static BigInteger ath(long whole) {
        return BigInteger.valueOf(whole).multiply(DevnetChain.ONE_ATH);
    }
}
