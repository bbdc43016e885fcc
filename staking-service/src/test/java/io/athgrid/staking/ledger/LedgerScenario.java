package io.athgrid.staking.ledger;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.v1.CheckerRewardAccrued;
import io.athgrid.staking.StakingApplication;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.testing.EventWriter;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.support.testing.ServiceIntegrationTest;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The staking-service on real PostgreSQL and Kafka, driven as its neighbours do: events published on
 * Kafka as their outbox relays would, HTTP calls with the gateway's internal tokens for wallets.
 * Container pools emit 1,000 ATH per epoch here, so shares are easy to read.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.config.name=" + StakingApplication.CONFIG_NAME,
        "athgrid.staking.rewards.containers.epoch-emission-ath=1000",
        // The test database is dropped at JVM exit while workers still poll it: they give up fast.
        "spring.datasource.hikari.connection-timeout=2000"})
public abstract class LedgerScenario {

    protected static final BigInteger ATH = BigInteger.TEN.pow(18);

    @LocalServerPort
    int port;
    @Autowired
    InternalTokenIssuer tokens;
    @Autowired
    ProducerFactory<String, String> producers;
    @Autowired
    DataSource dataSource;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    protected ServiceHttp http;
    protected EventWriter events;
    protected JdbcClient jdbc;

    @BeforeEach
    void connect() {
        http = new ServiceHttp(port);
        events = new EventWriter(new KafkaTemplate<>(producers), getClass().getSimpleName());
        jdbc = JdbcClient.create(dataSource);
    }

    protected EventEnvelope<PlatformEvent> publish(PlatformEvent event) {
        return events.publish(event);
    }

    protected HttpResponse<String> get(Caller caller, String path) {
        return http.get(path, "Authorization", bearer(tokens.issue(caller, "ledger-it")));
    }

    /** POST as the caller, with further headers as name, value pairs. */
    protected HttpResponse<String> post(Caller caller, String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = bearer(tokens.issue(caller, "ledger-it"));
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post(path, body, all);
    }

    protected JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return ServiceHttp.json(response);
    }

    /** Gives the wallet {@code amount} available vATH (a checker reward) and waits until it is booked. */
    protected void fund(String owner, BigInteger amount) {
        publish(checkerReward(owner, amount));
        await(() -> count("select count(*) from ledger_accrual where owner = ?", owner) == 1, "funds for " + owner);
    }

    protected static CheckerRewardAccrued checkerReward(String owner, BigInteger amount) {
        return new CheckerRewardAccrued(UUID.randomUUID().toString(), "license-" + owner, owner, "DAILY",
                LocalDate.now(ZoneOffset.UTC), 1_440, amount, Instant.now());
    }

    protected JsonNode balance(String wallet) {
        return ok(get(Caller.wallet(wallet), "/balance"));
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    protected BigInteger wei(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, row) -> rs.getBigDecimal(1).toBigIntegerExact()).single();
    }

    /** The ledger's invariants, read from its tables: every entry balances, so does the whole journal. */
    protected void assertLedgerBalances() {
        assertThat(wei("select coalesce(sum(amount_wei), 0) as total from ledger_line")).isZero();
        assertThat(count("select count(*) from (select entry_id from ledger_line group by entry_id "
                + "having sum(amount_wei) <> 0) unbalanced")).isZero();
        assertThat(wei("select coalesce(sum(balance_wei), 0) as total from ledger_balance")).isZero();
        assertThat(count("select count(*) from ledger_balance where bucket <> 'SOURCE' and balance_wei < 0")).isZero();
    }

    protected static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    protected static String wallet(int n) {
        return "0x%040x".formatted(0xa0000 + n);
    }
}
