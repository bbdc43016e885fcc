package io.athgrid.checker.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.athgrid.checker.CheckerApplication;
import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.contracts.generated.CheckerLicense;
import io.athgrid.support.ServiceApplications;
import io.athgrid.support.testing.ServiceIntegrationTest;
import io.athgrid.testsupport.anvil.AnvilNode;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import io.athgrid.testsupport.postgres.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.gas.ContractGasProvider;

/**
 * The checker-service following a real CheckerLicense on an anvil of its own (snapshots are reverted
 * here) with confirmations: mints, delegations and transfers reach the licenses once confirmed, a
 * restart over the same database continues from the cursor without applying anything twice, and a
 * reorg deeper than the confirmations takes the orphaned changes back.
 */
class LicenseFollowerIT {

    private static final int CONFIRMATIONS = 2;

    private final AnvilNode node = AnvilNode.start(0);
    private final HttpService http = new HttpService(node.rpcUrl());
    private final Web3j web3j = Web3j.build(http);
    private final ContractGasProvider gas = DevnetTransactions.gasProvider(web3j);
    private final PostgresDatabase database = PostgresServer.shared().createDatabase("license_follower_it");
    private final JdbcClient jdbc = JdbcClient.create(dataSource());

    private final Credentials admin = account(0);
    private final Credentials owner = account(5);
    private final Credentials buyer = account(6);
    private final DevnetContracts contracts = DevnetContracts.deploy(web3j, admin, node.chainId());

    @AfterEach
    void stopNode() {
        web3j.shutdown();
        node.close();
    }

    @Test
    void confirmed_license_changes_are_mirrored_once_across_a_restart_and_a_deep_reorg_is_rolled_back()
            throws Exception {
        Instant expiry = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        String burner = address(account(7));
        long licenseId;

        try (ConfigurableApplicationContext first = start()) {
            licenseId = mint(owner);
            license(owner).setUser(BigInteger.valueOf(licenseId), burner, seconds(expiry)).send();
            assertThat(mirrored(licenseId)).as("not confirmed yet").isEmpty();
            mine(CONFIRMATIONS);
            await(() -> mirrored(licenseId).isPresent(), "the mint and the delegation");
            assertThat(mirrored(licenseId)).contains(new OnChainLicense(address(owner), true, burner, expiry));

            license(owner).transferFrom(owner.getAddress(), buyer.getAddress(), BigInteger.valueOf(licenseId)).send();
            mine(CONFIRMATIONS);
            await(() -> mirrored(licenseId).map(OnChainLicense::owner).orElse("").equals(address(buyer)),
                    "the transfer");
            assertThat(mirrored(licenseId)).as("a transfer ends the delegation")
                    .contains(new OnChainLicense(address(buyer), true, null, null));
        }

        long stoppedAt = cursor();
        String secondBurner = address(account(8));
        license(buyer).setUser(BigInteger.valueOf(licenseId), secondBurner, seconds(expiry)).send();
        mine(CONFIRMATIONS);
        assertThat(cursor()).as("nothing follows while the service is down").isEqualTo(stoppedAt);

        try (ConfigurableApplicationContext second = start()) {
            awaitCursorAt(head() - CONFIRMATIONS);
            assertThat(mirrored(licenseId)).contains(new OnChainLicense(address(buyer), true, secondBurner, expiry));
            assertThat(appliedChanges()).as("every log of the chain exactly once").isEqualTo(chainLogs());

            long forkedAfter = head();
            String snapshot = String.valueOf(rpc("evm_snapshot"));
            long orphanedLicense = mint(owner);
            license(buyer).transferFrom(buyer.getAddress(), owner.getAddress(), BigInteger.valueOf(licenseId)).send();
            mine(CONFIRMATIONS + 1);
            long orphanedHead = head();
            awaitCursorAt(orphanedHead - CONFIRMATIONS);
            assertThat(mirrored(orphanedLicense)).isPresent();
            assertThat(mirrored(licenseId)).contains(new OnChainLicense(address(owner), true, null, null));
            assertThat(orphanedHead - CONFIRMATIONS - forkedAfter).as("the orphaned changes were confirmed")
                    .isGreaterThan(0);

            assertThat(rpc("evm_revert", snapshot)).isEqualTo(Boolean.TRUE);
            String thirdBurner = address(account(9));
            license(buyer).setUser(BigInteger.valueOf(licenseId), thirdBurner, seconds(expiry)).send();
            mine((int) (orphanedHead - head()) + CONFIRMATIONS);
            await(() -> mirrored(licenseId).map(OnChainLicense::user).orElse("").equals(thirdBurner),
                    "the new fork's delegation");

            assertThat(mirrored(orphanedLicense)).as("its mint was orphaned").isEmpty();
            assertThat(mirrored(licenseId)).as("rebuilt from the changes left, then the new fork's")
                    .contains(new OnChainLicense(address(buyer), true, thirdBurner, expiry));
            assertThat(appliedChanges()).isEqualTo(chainLogs());
            assertThat(jdbc.sql("select count(*) from chain_cursor where name = 'licenses'").query(Integer.class)
                    .single()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return ServiceApplications.create(CheckerApplication.class, CheckerApplication.CONFIG_NAME).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + KafkaBroker.shared().bootstrapServers(),
                "--athgrid.identity.internal-token.secret=" + ServiceIntegrationTest.TEST_SECRET,
                "--athgrid.checker.registry.url=http://127.0.0.1:9",
                "--athgrid.checker.rewards.accrual-cron=-",
                "--athgrid.checker.chain.rpc-url=" + node.rpcUrl(),
                "--athgrid.checker.chain.chain-id=" + node.chainId(),
                "--athgrid.checker.chain.license-contract=" + contracts.checkerLicense(),
                "--athgrid.checker.chain.confirmations=" + CONFIRMATIONS,
                "--athgrid.checker.chain.poll-interval=100ms");
    }

    private Optional<OnChainLicense> mirrored(long licenseId) {
        return jdbc.sql("select owner, active, user_address, user_expires from license where license_id = ?")
                .param(licenseId)
                .query((rs, row) -> new OnChainLicense(rs.getString("owner"), rs.getBoolean("active"),
                        rs.getString("user_address"), rs.getTimestamp("user_expires") == null ? null
                                : rs.getTimestamp("user_expires").toInstant()))
                .optional();
    }

    private List<Tuple> appliedChanges() {
        return jdbc.sql("select block_number, tx_hash, log_index from license_change order by block_number, log_index")
                .query((rs, row) -> tuple(rs.getLong("block_number"), rs.getString("tx_hash"), rs.getInt("log_index")))
                .list();
    }

    /** The contract's Transfer and UpdateUser logs on the canonical chain, confirmed or not. */
    private List<Tuple> chainLogs() throws IOException {
        EthFilter filter = new EthFilter(DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST,
                contracts.checkerLicense());
        filter.addOptionalTopics(LicenseLogDecoder.TRANSFER_TOPIC, LicenseLogDecoder.UPDATE_USER_TOPIC);
        return web3j.ethGetLogs(filter).send().getLogs().stream()
                .map(result -> (Log) ((EthLog.LogObject) result).get())
                .map(log -> tuple(log.getBlockNumber().longValueExact(),
                        log.getTransactionHash().toLowerCase(Locale.ROOT), log.getLogIndex().intValueExact()))
                .toList();
    }

    private long mint(Credentials to) throws Exception {
        CheckerLicense asAdmin = license(admin);
        return asAdmin.getTransferEvents(asAdmin.mint(to.getAddress()).send()).get(0).tokenId.longValueExact();
    }

    private CheckerLicense license(Credentials sender) {
        return contracts.checkerLicense(web3j, DevnetTransactions.transactionManager(web3j, sender, node.chainId()),
                gas);
    }

    private long cursor() {
        return jdbc.sql("select block_number from chain_cursor where name = 'licenses'").query(Long.class).single();
    }

    private void awaitCursorAt(long block) {
        await(() -> jdbc.sql("select count(*) from chain_cursor where name = 'licenses' and block_number >= ?")
                .param(block).query(Integer.class).single() == 1, "the follower to apply block " + block);
    }

    private long head() {
        try {
            return web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void mine(int blocks) {
        for (int i = 0; i < blocks; i++) {
            rpc("evm_mine");
        }
    }

    private Object rpc(String method, Object... params) {
        try {
            RawResponse response = new Request<>(method, List.of(params), http, RawResponse.class).send();
            if (response.hasError()) {
                throw new IllegalStateException(method + " failed: " + response.getError().getMessage());
            }
            return response.getResult();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Credentials account(int index) {
        return Credentials.create(node.devPrivateKeys().get(index));
    }

    private static String address(Credentials account) {
        return account.getAddress().toLowerCase(Locale.ROOT);
    }

    private static BigInteger seconds(Instant instant) {
        return BigInteger.valueOf(instant.getEpochSecond());
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private DriverManagerDataSource dataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password());
        dataSource.setSchema("checker");
        return dataSource;
    }

    /** Whatever a test-only RPC method answers (a snapshot id, a boolean, null). */
    public static class RawResponse extends Response<Object> {
    }
}
