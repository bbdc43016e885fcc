package io.athgrid.staking.reward;

import static io.athgrid.support.testing.ServiceHttp.ok;
import static io.athgrid.support.testing.ServiceHttp.problem;
import static io.athgrid.staking.reward.RewardUnitEvents.usage;
import static io.athgrid.staking.reward.RewardUnitEvents.verdict;
import static io.athgrid.support.testing.ServiceHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.EventCatalog;
import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.v1.RefundIssued;
import io.athgrid.events.v1.UsageMetered;
import io.athgrid.staking.StakingApplication;
import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.epoch.EpochClosing;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.ledger.Origin;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.identity.InternalTokenProperties;
import io.athgrid.support.inbox.EventHandler;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.support.testing.ServiceIntegrationTest;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /rewards/provisional} on real PostgreSQL, with the service's clock stopped inside epoch
 * 20 (three days, five hours and 7.123 s in), so the elapsed part and every wei are fixed. Units
 * come in through the service's own intake handlers (capacity verdicts, charges, a partial refund),
 * as the inbox delivers them; container pools emit 1,000 ATH per epoch. The last test closes
 * epoch 20 and compares the estimate at its whole length with what the close paid.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.config.name=" + StakingApplication.CONFIG_NAME,
        "athgrid.staking.rewards.containers.epoch-emission-ath=1000",
        // The test database is dropped at JVM exit while workers still poll it: they give up fast.
        "spring.datasource.hikari.connection-timeout=2000"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvisionalRewardsIT {

    private static final long EPOCH = 20;
    private static final String HOST = "0x00000000000000000000000000000000000a11a1";
    private static final String OTHER_HOST = "0x00000000000000000000000000000000000a11b2";
    private static final String IDLE = "0x00000000000000000000000000000000000a11c3";
    // Fixed ids: ties in the split go to the smaller container id, so the wei below stay the same.
    private static final String C1 = "00000000-0000-4000-8000-000000000001";
    private static final String C2 = "00000000-0000-4000-8000-000000000002";
    private static final String C3 = "00000000-0000-4000-8000-000000000003";
    private static boolean unitsRecorded;

    @Autowired
    EpochCalendar calendar;
    @Autowired
    EpochCursor cursor;
    @Autowired
    EpochClosing closing;
    @Autowired
    ProvisionalRewards provisional;
    @Autowired
    CapacityProofs capacity;
    @Autowired
    DeliveredUsage delivered;
    @Autowired
    RefundedUsage refunded;
    @Autowired
    EventCatalog catalog;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InternalTokenProperties tokenProperties;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private ServiceHttp http;

    /** The service's clock, stopped inside epoch 20 (the same for every test of the class). */
    @TestConfiguration(proxyBeanMethods = false)
    static class StoppedClock {

        @Bean
        Clock clock(EpochCalendar calendar) {
            return Clock.fixed(calendar.epoch(EPOCH).startsAt().plus(Duration.ofDays(3).plusHours(5).plusMillis(7_123)),
                    ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void recordUnitsOnce() {
        http = new ServiceHttp(port);
        if (unitsRecorded) {
            return;
        }
        awaitLedgerStartedAt(EPOCH);
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        // Capacity: C1 8 GPUs x 60 s = 480; C2 4 x 60 + 3 x 60 = 420 (the other host's).
        handle(capacity, verdict(C1, HOST, 8, "PASSED", "STANDBY", hourAgo));
        handle(capacity, verdict(C2, OTHER_HOST, 4, "PASSED", "STANDBY", hourAgo));
        handle(capacity, verdict(C2, OTHER_HOST, 3, "PASSED", "STANDBY", hourAgo));
        // Delivery: C1 3,600 less a refund of 333 of its 1,000 wei (1,198 units) = 2,402; C3 700; C2 1,100.
        UsageMetered charge = usage(C1, HOST, 3_600, hourAgo);
        handle(delivered, charge);
        handle(refunded, refund(charge, BigInteger.valueOf(333), hourAgo));
        handle(delivered, usage(C3, HOST, 700, hourAgo));
        handle(delivered, usage(C2, OTHER_HOST, 1_100, hourAgo));
        unitsRecorded = true;
    }

    @Test
    @Order(1)
    void a_wallet_sees_its_containers_share_of_the_emission_so_far_to_the_wei() {
        JsonNode estimate = ok(get(Caller.wallet(HOST), "/rewards/provisional"));

        Epoch epoch = calendar.epoch(EPOCH);
        assertThat(estimate.path("account").asString()).isEqualTo(HOST);
        assertThat(estimate.path("epoch").asLong()).isEqualTo(EPOCH);
        assertThat(Instant.parse(estimate.path("startsAt").asString())).isEqualTo(epoch.startsAt());
        assertThat(Instant.parse(estimate.path("endsAt").asString())).isEqualTo(epoch.displayedEnd());
        assertThat(Instant.parse(estimate.path("asOf").asString())).isEqualTo(clock.instant());
        // 277,207,123 of 604,800,000 ms: each 500 ATH pool has emitted 229.172555390211640211 ATH so far.
        assertThat(estimate.path("elapsedBasisPoints").asLong()).isEqualTo(4583);
        // Capacity 480 of 900 units; delivery 2,402 and 700 of 4,200 (largest remainder, as the close).
        assertThat(estimate.path("capacityWei").asString()).isEqualTo("122225362874779541446");
        assertThat(estimate.path("deliveryWei").asString()).isEqualTo("169179739843035818166");
        assertThat(estimate.path("containers")).hasSize(2);
        assertContainer(estimate.path("containers").get(0), C1, 480, 2_402, "122225362874779541446",
                "131002493585742113229");
        assertContainer(estimate.path("containers").get(1), C3, 0, 700, "0", "38177246257293704937");
    }

    @Test
    @Order(2)
    void another_wallet_sees_only_its_own_containers_and_not_this_ones() {
        JsonNode other = ok(get(Caller.wallet(OTHER_HOST), "/rewards/provisional"));
        assertThat(other.path("containers")).hasSize(1);
        assertContainer(other.path("containers").get(0), C2, 420, 1_100, "106947192515432098765",
                "59992815547175822045");

        JsonNode idle = ok(get(Caller.wallet(IDLE), "/rewards/provisional"));
        assertThat(idle.path("containers")).isEmpty();
        assertThat(idle.path("capacityWei").asString()).isEqualTo("0");
        assertThat(idle.path("deliveryWei").asString()).isEqualTo("0");
        assertThat(idle.path("elapsedBasisPoints").asLong()).isEqualTo(4583);

        HttpResponse<String> naming = get(Caller.wallet(OTHER_HOST), "/rewards/provisional?account=" + HOST);
        problem(naming, 403);
        assertThat(naming.body()).doesNotContain(C1).doesNotContain(C3);
    }

    @Test
    @Order(3)
    void an_operator_may_name_any_account() {
        JsonNode estimate = ok(get(Caller.operator("0x00000000000000000000000000000000000a1100"),
                "/rewards/provisional?account=" + HOST.toUpperCase().replace("0X", "0x")));

        assertThat(estimate).isEqualTo(ok(get(Caller.wallet(HOST), "/rewards/provisional")));
        assertThat(estimate.path("account").asString()).isEqualTo(HOST);
    }

    @Test
    @Order(4)
    void a_malformed_account_is_a_problem_and_an_enterprise_has_no_wallet() {
        for (String bad : List.of("0x1234", "a11a1", "0x" + "g".repeat(40), HOST + "00")) {
            HttpResponse<String> response = get(Caller.operator(HOST), "/rewards/provisional?account=" + bad);
            assertThat(problem(response, 400).at("/errors/0/field").asString()).as(bad).isEqualTo("account");
        }
        problem(get(Caller.enterprise("ent-1"), "/rewards/provisional"), 403);
    }

    @Test
    @Order(5)
    void at_the_whole_epoch_the_estimate_is_what_the_close_pays() {
        Epoch epoch = calendar.epoch(EPOCH);
        Map<String, BigInteger> estimated = new TreeMap<>();
        for (String owner : List.of(HOST, OTHER_HOST)) {
            ProvisionalSplit.Estimate whole = provisional.of(owner, epoch, epoch.endsAt());
            assertThat(whole.elapsedBasisPoints()).isEqualTo(10_000);
            whole.containers().forEach(container -> {
                put(estimated, owner, Origin.PROOF_OF_CAPACITY, container.containerId(), container.capacityWei());
                put(estimated, owner, Origin.PROOF_OF_DELIVERY, container.containerId(), container.deliveryWei());
            });
        }

        assertThat(closing.closeDue(closing.closesAt(epoch))).containsExactly(EPOCH);

        Map<String, BigInteger> paid = new TreeMap<>();
        jdbc.sql("""
                        select owner, kind, source, amount_wei from ledger_accrual
                        where epoch = ? and kind in ('PROOF_OF_CAPACITY', 'PROOF_OF_DELIVERY')""")
                .param(EPOCH)
                .query((rs, row) -> paid.put(rs.getString("owner") + "/" + rs.getString("kind") + "/"
                        + rs.getString("source"), rs.getBigDecimal("amount_wei").toBigIntegerExact()))
                .list();
        assertThat(estimated).isEqualTo(paid).hasSize(5)
                .containsEntry(HOST + "/PROOF_OF_CAPACITY/" + C1, new BigInteger("266666666666666666667"))
                .containsEntry(HOST + "/PROOF_OF_DELIVERY/" + C3, new BigInteger("83293669681104236078"));
        assertThat(estimated.values().stream().reduce(BigInteger.ZERO, BigInteger::add))
                .as("both pools, whole").isEqualTo(BigInteger.valueOf(1_000).multiply(BigInteger.TEN.pow(18)));

        // Epoch 20 is closed although the clock still stands in it: new units count in epoch 21, which
        // has not started, so nothing is earned in it yet.
        JsonNode next = ok(get(Caller.wallet(HOST), "/rewards/provisional"));
        assertThat(next.path("epoch").asLong()).isEqualTo(EPOCH + 1);
        assertThat(next.path("elapsedBasisPoints").asLong()).isZero();
        assertThat(next.path("containers")).isEmpty();
    }

    private void awaitLedgerStartedAt(long epoch) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (cursor.lastClosed() < epoch - 1) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the close worker never started the ledger at epoch " + epoch);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertThat(cursor.lastClosed()).isEqualTo(epoch - 1);
    }

    private <E extends PlatformEvent> void handle(EventHandler<E> handler, E event) {
        EventEnvelope<E> envelope = EventEnvelope.wrap(event, clock.instant(), "provisional-it", catalog);
        transaction.executeWithoutResult(status -> handler.handle(envelope));
    }

    /** Tokens signed on the real clock: the service's clock stands in the past and would issue expired ones. */
    private HttpResponse<String> get(Caller caller, String path) {
        String token = new InternalTokenIssuer(tokenProperties, Clock.systemUTC()).issue(caller, "provisional-it");
        return http.get(path, "Authorization", bearer(token));
    }

    private static void assertContainer(JsonNode container, String id, long capacityUnits, long deliveryUnits,
            String capacityWei, String deliveryWei) {
        assertThat(container.path("containerId").asString()).isEqualTo(id);
        assertThat(container.path("capacityUnits").asLong()).isEqualTo(capacityUnits);
        assertThat(container.path("deliveryUnits").asLong()).isEqualTo(deliveryUnits);
        assertThat(container.path("capacityWei").asString()).isEqualTo(capacityWei);
        assertThat(container.path("deliveryWei").asString()).isEqualTo(deliveryWei);
    }

    private static void put(Map<String, BigInteger> shares, String owner, Origin pool, String container,
            BigInteger wei) {
        if (wei.signum() > 0) {
            shares.put(owner + "/" + pool + "/" + container, wei);
        }
    }

    private static RefundIssued refund(UsageMetered charge, BigInteger wei, Instant at) {
        return new RefundIssued(UUID.randomUUID().toString(), charge.chargeId(), charge.jobId(), charge.orderId(),
                charge.enterpriseId(), charge.containerId(), charge.owner(), charge.periodStart(), charge.periodEnd(),
                charge.amountUsd(), wei, BigInteger.ZERO, BigInteger.ZERO, "CONTAINER_OFFLINE", at);
    }
}
