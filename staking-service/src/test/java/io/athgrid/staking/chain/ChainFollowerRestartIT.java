package io.athgrid.staking.chain;

import static io.athgrid.staking.StakingChainFixture.CONFIRMATIONS;
import static io.athgrid.staking.StakingChainFixture.address;
import static io.athgrid.staking.StakingChainFixture.ath;
import static io.athgrid.staking.StakingChainFixture.await;
import static io.athgrid.staking.StakingChainFixture.blockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.staking.StakingApplication;
import io.athgrid.staking.StakingChainFixture;
import io.athgrid.staking.lock.Pool;
import io.athgrid.support.ServiceApplications;
import io.athgrid.support.testing.ServiceIntegrationTest;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import io.athgrid.testsupport.postgres.PostgresServer;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staking-service stopped and started again over one database, with chain activity while it
 * was down, on the JVM's shared anvil: the second run continues from the cursor, and nothing is
 * missed or applied (or announced) twice, not even when the cursor is wound back by hand.
 */
class ChainFollowerRestartIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StakingChainFixture chain = StakingChainFixture.shared();
    private final DevnetContracts contracts = chain.deploy();
    private final PostgresDatabase database = PostgresServer.shared().createDatabase("chain_restart_it");
    private final JdbcClient jdbc = JdbcClient.create(dataSource());

    @Test
    void a_restart_continues_from_the_cursor_and_applies_every_log_exactly_once() {
        Credentials alice = chain.account(7);
        Credentials bob = chain.account(8);
        String container = UUID.randomUUID().toString();
        List<TransactionReceipt> announced = new ArrayList<>();

        try (ConfigurableApplicationContext first = start()) {
            announced.add(chain.lock(contracts, alice, Pool.AI, ath(100), Duration.ofDays(30)));
            announced.add(chain.bond(contracts, bob, container, ath(500)));
            chain.mine(CONFIRMATIONS);
            awaitCursorAt(blockOf(announced.get(1)));
        }
        long stoppedAt = cursor();
        announced.add(chain.increaseLock(contracts, alice, Pool.AI, ath(25)));
        announced.add(chain.lock(contracts, alice, Pool.GAMING, ath(5), Duration.ofDays(7)));
        announced.add(chain.bond(contracts, bob, container, ath(100)));
        announced.add(chain.slash(contracts, container, ath(50), new byte[32]));
        chain.mine(CONFIRMATIONS);
        assertThat(cursor()).as("nothing follows while the service is down").isEqualTo(stoppedAt);

        try (ConfigurableApplicationContext second = start()) {
            awaitCursorAt(chain.head() - CONFIRMATIONS);
            assertExactlyOnce(alice, container, announced);

            // Replaying blocks already applied (a cursor wound back) must change nothing.
            long before = blockOf(announced.get(0)) - 1;
            jdbc.sql("update chain_cursor set block_number = ?, block_hash = ?")
                    .params(before, chain.blockHash(before))
                    .update();
            chain.mine(1);
            awaitCursorAt(chain.head() - CONFIRMATIONS);
            assertExactlyOnce(alice, container, announced);
        }
    }

    private void assertExactlyOnce(Credentials alice, String container, List<TransactionReceipt> announced) {
        assertThat(jdbc.sql("""
                        select pool, kind, amount_wei from chain_lock_change where holder = ?
                        order by block_number, log_index""")
                .param(address(alice))
                .query((rs, row) -> tuple(rs.getString("pool"), rs.getString("kind"),
                        rs.getBigDecimal("amount_wei").toBigIntegerExact()))
                .list())
                .containsExactly(tuple("AI", "LOCKED", ath(100)), tuple("AI", "INCREASED", ath(125)),
                        tuple("GAMING", "LOCKED", ath(5)));
        assertThat(jdbc.sql("select change, amount_wei from chain_bond_change where container_id = ? "
                        + "order by block_number, log_index")
                .param(container)
                .query((rs, row) -> tuple(rs.getString("change"), rs.getBigDecimal("amount_wei").toBigIntegerExact()))
                .list())
                .containsExactly(tuple("POSTED", ath(500)), tuple("INCREASED", ath(600)), tuple("SLASHED", ath(550)));
        assertThat(jdbc.sql("select amount_wei from chain_bond where container_id = ?").param(container)
                .query(BigInteger.class).single()).isEqualTo(ath(550));

        Map<String, Long> eventsPerTransaction = jdbc.sql("select envelope from outbox_event")
                .query(String.class).list().stream()
                .map(envelope -> JSON.readTree(envelope).at("/payload/txHash").asString())
                .collect(Collectors.groupingBy(txHash -> txHash, Collectors.counting()));
        assertThat(eventsPerTransaction).isEqualTo(announced.stream()
                .collect(Collectors.toMap(TransactionReceipt::getTransactionHash, receipt -> 1L)));
    }

    private ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + KafkaBroker.shared().bootstrapServers(),
                "--athgrid.identity.internal-token.secret=" + ServiceIntegrationTest.TEST_SECRET));
        chain.properties(contracts).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return ServiceApplications.create(StakingApplication.class, StakingApplication.CONFIG_NAME)
                .run(arguments.toArray(String[]::new));
    }

    private long cursor() {
        return jdbc.sql("select block_number from chain_cursor").query(Long.class).single();
    }

    private void awaitCursorAt(long block) {
        await(() -> jdbc.sql("select count(*) from chain_cursor where block_number >= ?").param(block)
                .query(Integer.class).single() == 1, "the follower to apply block " + block);
    }

    private DriverManagerDataSource dataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password());
        dataSource.setSchema("staking");
        return dataSource;
    }
}
