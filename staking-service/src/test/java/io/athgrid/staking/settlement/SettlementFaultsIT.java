package io.athgrid.staking.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.staking.StakingApplication;
import io.athgrid.support.ServiceApplications;
import io.athgrid.support.testing.ServiceIntegrationTest;
import io.athgrid.testsupport.anvil.AnvilNode;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import io.athgrid.testsupport.postgres.PostgresServer;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The service dies, or the chain goes away, in the middle of settling an epoch; afterwards exactly
 * one root is on chain for it and the real ledger (fed checker rewards and claims, closing its
 * epochs) and the settlement agree with the chain. The service
 * runs as a process would: started, killed (its context closed mid-settlement) and started again
 * on the same database. Its own anvil, which this test stops and restarts with its chain state.
 */
class SettlementFaultsIT {

    private static final int SETTLER = 9;
    private static final String NO_ROOT = "0x" + "0".repeat(64);
    private static final Duration RECEIPT_TIMEOUT = Duration.ofSeconds(1);

    private static AnvilNode anvil;
    private static DevnetChain chain;
    private static RpcProxy proxy;

    private PostgresDatabase database;
    private JdbcClient db;
    private DevnetContracts contracts;
    private ConfigurableApplicationContext service;
    /** The epoch open when the test starts: the first one with payouts. */
    private long first;

    @BeforeAll
    static void startChain() throws Exception {
        anvil = AnvilNode.start(0);
        chain = new DevnetChain(anvil);
        proxy = RpcProxy.to(anvil.rpcUrl());
    }

    @AfterAll
    static void stopChain() {
        proxy.close();
        anvil.close();
    }

    @BeforeEach
    void freshContractsAndDatabase() throws Exception {
        if (!anvil.isRunning()) {
            anvil.restart();
        }
        proxy.mode(RpcProxy.Mode.PASS);
        contracts = chain.deploy();
        chain.grantSettlerRoles(contracts, SETTLER);
        database = PostgresServer.shared().createDatabase("settlement_faults");
        db = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(),
                database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=staking",
                database.username(), database.password()));
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void a_service_killed_between_broadcast_and_receipt_or_before_broadcast_posts_each_root_once() throws Exception {
        service = start();
        first = ledger().openEpoch();
        closeWithClaims(first, payouts(3));
        int sendsBefore = proxy.sendsForwarded();
        proxy.mode(RpcProxy.Mode.LOSE_SEND_ANSWERS);

        worker().runOnce();

        // The transaction is on chain, but the service never heard the node's answer; then it dies.
        String storedRoot = storedRoot(first);
        assertThat(chain.rootOf(contracts, first)).isEqualTo(storedRoot);
        assertThat(txStatus(first)).isEqualTo("SIGNED");
        String signedHash = txHash(first);
        service.close();

        proxy.mode(RpcProxy.Mode.PASS);
        service = start();
        settle();

        assertSettledOnceBy(first, signedHash);
        assertThat(proxy.sendsForwarded() - sendsBefore).as("the stored transaction was sent again, not a new one")
                .isEqualTo(2);

        // Again, now dying after signing and before the transaction ever left.
        chain.advanceTime(Duration.ofDays(7));
        closeWithClaims(first + 1, payouts(4));
        proxy.mode(RpcProxy.Mode.HOLD_SENDS);
        worker().runOnce();
        assertThat(txStatus(first + 1)).isEqualTo("SIGNED");
        assertThat(chain.rootOf(contracts, first + 1)).isEqualTo(NO_ROOT);
        String heldHash = txHash(first + 1);
        service.close();

        proxy.mode(RpcProxy.Mode.PASS);
        service = start();
        settle();

        assertSettledOnceBy(first + 1, heldHash);
    }

    @Test
    void anvil_stopping_mid_settlement_delays_it_and_nothing_is_posted_twice() throws Exception {
        service = start();
        first = ledger().openEpoch();
        closeWithClaims(first, payouts(5));

        worker().runOnce();
        assertThat(txStatus(first)).as("in a block, waiting for confirmations").isEqualTo("MINED");
        String minedHash = txHash(first);
        // The ledger closes the next epoch while that root waits for its confirmations.
        chain.advanceTime(Duration.ofDays(7));
        closeWithClaims(first + 1, payouts(6));
        chain.mine(2);

        anvil.stop();
        worker().runOnce();
        worker().runOnce();
        assertThat(txStatus(first)).as("nothing learned while the chain is away").isEqualTo("MINED");
        assertThat(settlementStatus(first)).isEqualTo("POSTING");
        assertThat(settlementRows(first + 1)).as("computed only once the epoch before settled").isZero();

        // Its confirmations were mined before the chain went away: one run settles it.
        anvil.restart();
        worker().runOnce();
        assertSettledOnceBy(first, minedHash);

        // The next epoch is computed now; the chain stops again right after its transaction was
        // signed and before it was broadcast.
        proxy.mode(RpcProxy.Mode.HOLD_SENDS);
        worker().runOnce();
        assertThat(txStatus(first + 1)).isEqualTo("SIGNED");
        anvil.stop();
        proxy.mode(RpcProxy.Mode.PASS);
        worker().runOnce();
        assertThat(txStatus(first + 1)).isEqualTo("SIGNED");

        anvil.restart();
        settle();
        assertSettledOnceBy(first + 1, txHash(first + 1));
    }

    @Test
    void a_signed_root_whose_nonce_another_transaction_took_is_signed_anew_once_that_is_final() throws Exception {
        service = start();
        first = ledger().openEpoch();
        closeWithClaims(first, payouts(7));
        proxy.mode(RpcProxy.Mode.HOLD_SENDS);
        worker().runOnce();
        String stranded = txHash(first);

        // The same wallet, used by someone else, takes the nonce the stored transaction was signed with.
        chain.spendNonce(SETTLER);
        proxy.mode(RpcProxy.Mode.PASS);
        worker().runOnce();
        assertThat(txStatus(first)).as("it may still be mined until the other is final").isEqualTo("BROADCAST");
        settle();
        settle();

        String resigned = txHash(first);
        assertThat(resigned).isNotEqualTo(stranded);
        assertSettledOnceBy(first, resigned, stranded);
    }

    @Test
    void a_reorganisation_that_drops_the_root_before_it_is_final_posts_the_same_transaction_again() throws Exception {
        service = start();
        first = ledger().openEpoch();
        closeWithClaims(first, payouts(8));
        String beforeRoot = chain.snapshot();
        worker().runOnce();
        assertThat(txStatus(first)).isEqualTo("MINED");
        String minedHash = txHash(first);

        chain.revertTo(beforeRoot);
        assertThat(chain.rootOf(contracts, first)).isEqualTo(NO_ROOT);
        chain.mine(3);
        worker().runOnce();
        assertThat(txStatus(first)).as("out of its block (or in another one), not final").isIn("BROADCAST", "MINED");
        Thread.sleep(RECEIPT_TIMEOUT.toMillis());
        settle();
        settle();

        assertSettledOnceBy(first, minedHash);
    }

    /** Runs, mines the confirmations, runs again: what the schedule does over a few seconds. */
    private void settle() {
        worker().runOnce();
        chain.mine(2);
        worker().runOnce();
    }

    /** @param abandoned transactions signed for the epoch that never made it to the chain */
    private void assertSettledOnceBy(long epoch, String txHash, String... abandoned) throws Exception {
        String root = storedRoot(epoch);
        assertThat(settlementStatus(epoch)).isEqualTo("SETTLED");
        assertThat(chain.rootPostedLogs(contracts, epoch)).singleElement()
                .satisfies(log -> assertThat(log.getTransactionHash()).isEqualTo(txHash));
        assertThat(chain.rootOf(contracts, epoch)).isEqualTo(root);
        assertThat(db.sql("select tx_hash from settlement_epoch where epoch = ?").param(epoch).query(String.class)
                .single()).isEqualTo(txHash);
        assertThat(db.sql("select tx_hash from outgoing_tx_attempt where tx_id = ?").param("EPOCH_ROOT:" + epoch)
                .query(String.class).list()).as("signed once, or once more after a transaction that never made it")
                .containsExactly(concat(abandoned, txHash));
        assertThat(db.sql("select settled_root, settled_tx from ledger_epoch where epoch = ?").param(epoch)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2))).single())
                .as("the ledger agrees with the chain").containsExactly(root, txHash);
        String wallet = chain.address(1);
        assertThat(ledger().balance(wallet).path("claimableOnChainWei").asString())
                .as("what the settled epochs pay the wallet is claimable on chain").isEqualTo(db.sql("""
                        select coalesce(sum(p.amount_wei), 0) from ledger_payout p join ledger_epoch e on e.epoch = p.epoch
                        where p.owner = ? and e.settled_root is not null""").param(wallet)
                        .query((rs, row) -> rs.getBigDecimal(1).toBigIntegerExact().toString()).single());
    }

    /** Rewards the wallets, they claim, and the ledger closes {@code epoch}: its payouts are what the claims released. */
    private void closeWithClaims(long epoch, Map<String, BigInteger> rewards) {
        ledger().rewardAndClaim(rewards);
        ledger().closeThrough(epoch);
        assertThat(ledger().payoutsOf(epoch)).isNotEmpty();
    }

    private static String[] concat(String[] first, String last) {
        String[] all = Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }

    private ConfigurableApplicationContext start() {
        SpringApplication application = ServiceApplications.create(StakingApplication.class,
                StakingApplication.CONFIG_NAME);
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + KafkaBroker.shared().bootstrapServers(),
                "--athgrid.identity.internal-token.secret=" + ServiceIntegrationTest.TEST_SECRET,
                "--athgrid.staking.settlement.poll-interval=1h",
                "--athgrid.staking.chain.poll-interval=100ms",
                "--athgrid.staking.settlement.rpc-timeout=3s",
                "--athgrid.staking.settlement.receipt-timeout=" + RECEIPT_TIMEOUT.toMillis() + "ms",
                "--logging.level.kafka=WARN",
                "--logging.level.state.change.logger=WARN"));
        chain.serviceProperties(contracts, proxy.url(), SETTLER, 2)
                .forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return application.run(arguments.toArray(String[]::new));
    }

    private SettlementWorker worker() {
        return service.getBean(SettlementWorker.class);
    }

    private RealLedger ledger() {
        return new RealLedger(service, Integer.parseInt(service.getEnvironment().getProperty("local.server.port")),
                () -> chain.mine(1));
    }

    private long settlementRows(long epoch) {
        return db.sql("select count(*) from settlement_epoch where epoch = ?").param(epoch).query(Long.class).single();
    }

    private String storedRoot(long epoch) {
        return db.sql("select root from settlement_epoch where epoch = ?").param(epoch).query(String.class).single();
    }

    private String settlementStatus(long epoch) {
        return db.sql("select status from settlement_epoch where epoch = ?").param(epoch).query(String.class).single();
    }

    private String txStatus(long epoch) {
        return db.sql("select status from outgoing_tx where id = ?").param("EPOCH_ROOT:" + epoch).query(String.class)
                .single();
    }

    private String txHash(long epoch) {
        return db.sql("select tx_hash from outgoing_tx where id = ?").param("EPOCH_ROOT:" + epoch).query(String.class)
                .single();
    }

    private Map<String, BigInteger> payouts(long seed) {
        Map<String, BigInteger> payouts = new TreeMap<>();
        for (int account = 1; account <= 3; account++) {
            payouts.put(chain.address(account), BigInteger.valueOf(seed * 1_000 + account).multiply(DevnetChain.ONE_ATH));
        }
        return payouts;
    }
}
