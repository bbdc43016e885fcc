package io.athgrid.local;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.testsupport.anvil.AnvilNode;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import io.athgrid.testsupport.postgres.PostgresServer;
import io.athgrid.testsupport.redis.RedisServer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * The infrastructure a production deployment gets from outside, started here on this machine:
 * embedded PostgreSQL, a KRaft Kafka broker, anvil with the contracts deployed, and the local Redis
 * when there is one.
 */
final class LocalInfrastructure implements AutoCloseable {

    static final String REDIS_HOST = "127.0.0.1";
    static final int REDIS_PORT = 6379;
    /** A block every 2 s even when nobody transacts, as on a live chain: followers see confirmations arrive. */
    static final Duration BLOCK_TIME = Duration.ofSeconds(2);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    PostgresDatabase database;
    KafkaBroker kafka;
    AnvilNode anvil;
    DevnetContracts contracts;
    boolean redisFound;

    static LocalInfrastructure start(LocalOptions options, Progress progress) {
        LocalInfrastructure infrastructure = new LocalInfrastructure();
        try {
            infrastructure.startAll(options, progress);
            return infrastructure;
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    private void startAll(LocalOptions options, Progress progress) {
        PostgresServer postgres = progress.step("PostgreSQL", () -> PostgresServer.embedded(
                options.workDirectory().resolve("postgres"), options.port(LocalOptions.POSTGRES_PORT)),
                PostgresServer::description);
        started.push(postgres);
        database = postgres.database("athgrid");
        kafka = progress.step("Kafka (KRaft)", () -> KafkaBroker.start(
                options.workDirectory().resolve("kafka"), options.port(LocalOptions.KAFKA_PORT)),
                broker -> broker.bootstrapServers());
        started.push(kafka);
        anvil = progress.step("anvil", () -> AnvilNode.startMining(options.port(LocalOptions.ANVIL_PORT), BLOCK_TIME),
                node -> node.rpcUrl() + ", chain " + node.chainId());
        started.push(anvil);
        contracts = progress.step("contracts", this::deployContracts, deployed -> "ATH token " + deployed.athToken());
        redisFound = RedisServer.reachable(REDIS_HOST, REDIS_PORT);
        progress.print(redisFound
                ? "  ok  Redis                  " + REDIS_HOST + ":" + REDIS_PORT + ": rate limits are kept there"
                : "  --  Redis                  none on " + REDIS_HOST + ":" + REDIS_PORT
                        + ": the gateway limits rates in memory, per instance");
    }

    private DevnetContracts deployContracts() {
        Web3j web3j = Web3j.build(new HttpService(anvil.rpcUrl()));
        try {
            return DevnetContracts.deploy(web3j, Credentials.create(anvil.devPrivateKeys().get(0)), anvil.chainId());
        } finally {
            web3j.shutdown();
        }
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("  !!  could not stop cleanly: " + e.getMessage());
            }
        }
    }
}
