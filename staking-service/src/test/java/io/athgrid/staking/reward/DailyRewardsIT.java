package io.athgrid.staking.reward;

import static io.athgrid.support.testing.ServiceHttp.ok;
import static io.athgrid.support.testing.ServiceHttp.problem;
import static io.athgrid.support.testing.ServiceHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.EventCatalog;
import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.CheckerRewardAccrued;
import io.athgrid.staking.StakingApplication;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.ledger.Accrual;
import io.athgrid.staking.ledger.AccrualStore;
import io.athgrid.staking.ledger.CheckerRewards;
import io.athgrid.staking.ledger.RewardKind;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.identity.InternalTokenProperties;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.support.testing.ServiceIntegrationTest;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /rewards/daily} on real PostgreSQL, with the service's clock stopped at Thursday 2026-03-12
 * 09:30 UTC, so "today" and the window are fixed. Accruals are booked by the ledger's own store at chosen
 * instants on both sides of UTC midnights (and one by the checker-reward handler, at the clock's now), after
 * the close worker has caught up, so no close runs over them.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.config.name=" + StakingApplication.CONFIG_NAME,
        // The test database is dropped at JVM exit while workers still poll it: they give up fast.
        "spring.datasource.hikari.connection-timeout=2000"})
@DirtiesContext
class DailyRewardsIT {

    private static final Instant NOW = Instant.parse("2026-03-12T09:30:00Z");
    private static final String HOST = "0x00000000000000000000000000000000000da1a1";
    private static final String OTHER = "0x00000000000000000000000000000000000da1b2";
    private static final String IDLE = "0x00000000000000000000000000000000000da1c3";
    private static final BigInteger ATH = BigInteger.TEN.pow(18);
    /** Beyond a double's exact integers and a long: the sums must stay exact. */
    private static final String BIG = "9007199254740993000000000";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean booked;

    @Autowired
    AccrualStore accruals;
    @Autowired
    CheckerRewards checkerRewards;
    @Autowired
    EpochCalendar calendar;
    @Autowired
    EpochCursor cursor;
    @Autowired
    EventCatalog catalog;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    InternalTokenProperties tokenProperties;
    @LocalServerPort
    int port;

    private ServiceHttp http;

    @TestConfiguration(proxyBeanMethods = false)
    static class StoppedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void bookOnce() {
        http = new ServiceHttp(port);
        if (booked) {
            return;
        }
        awaitCloseWorkerCaughtUp();
        transaction.executeWithoutResult(status -> {
            // Just before the 30-day window (2026-02-11 to 2026-03-12), and its first instant.
            book(HOST, RewardKind.STAKER, "2026-02-10T23:59:59.999Z", ATH.multiply(BigInteger.valueOf(1_000)));
            book(HOST, RewardKind.STAKER, "2026-02-11T00:00:00Z", BigInteger.ONE);
            // Yesterday from its first to its last millisecond; two capacity accruals add up.
            book(HOST, RewardKind.PROOF_OF_DELIVERY, "2026-03-11T00:00:00Z", BigInteger.valueOf(5));
            book(HOST, RewardKind.PROOF_OF_CAPACITY, "2026-03-11T12:00:00Z", new BigInteger(BIG));
            book(HOST, RewardKind.PROOF_OF_CAPACITY, "2026-03-11T23:59:59.999Z", BigInteger.valueOf(23));
            // Today from midnight on.
            book(HOST, RewardKind.PROVIDER_FEE, "2026-03-12T00:00:00Z", BigInteger.valueOf(700));
            book(HOST, RewardKind.PROVIDER_FEE, "2026-03-12T09:00:00Z", BigInteger.valueOf(45));
            book(OTHER, RewardKind.PROOF_OF_CAPACITY, "2026-03-11T10:00:00Z", BigInteger.valueOf(999));
            book(OTHER, RewardKind.PROVIDER_FEE, "2026-03-12T01:00:00Z", BigInteger.ONE);
            // As the ledger books a checker reward arriving now: accrued at the clock's instant, today.
            checkerRewards.handle(EventEnvelope.wrap(new CheckerRewardAccrued(UUID.randomUUID().toString(),
                    "license-7", HOST, "DAILY", LocalDate.parse("2026-03-11"), 1_440,
                    ATH.multiply(BigInteger.valueOf(7)), NOW), NOW, "daily-it", catalog));
        });
        booked = true;
    }

    @Test
    void a_wallet_sees_its_sums_per_utc_day_and_kind_over_the_last_30_days_oldest_first() {
        JsonNode daily = ok(get(Caller.wallet(HOST), "/rewards/daily"));

        assertThat(daily).isEqualTo(JSON.readTree("""
                {"account": "%s", "from": "2026-02-11", "to": "2026-03-12", "days": [
                  {"day": "2026-02-11", "totalWei": "1", "kinds": [{"kind": "STAKER", "amountWei": "1"}]},
                  {"day": "2026-03-11", "totalWei": "9007199254740993000000028", "kinds": [
                    {"kind": "PROOF_OF_CAPACITY", "amountWei": "9007199254740993000000023"},
                    {"kind": "PROOF_OF_DELIVERY", "amountWei": "5"}]},
                  {"day": "2026-03-12", "totalWei": "7000000000000000745", "kinds": [
                    {"kind": "CHECKER", "amountWei": "7000000000000000000"},
                    {"kind": "PROVIDER_FEE", "amountWei": "745"}]}]}""".formatted(HOST)));
        assertThat(ok(get(Caller.wallet(HOST), "/rewards/daily?days=30"))).isEqualTo(daily);
    }

    @Test
    void the_window_is_the_last_days_including_today() {
        JsonNode today = ok(get(Caller.wallet(HOST), "/rewards/daily?days=1"));
        assertThat(today.path("from").asString()).isEqualTo("2026-03-12");
        assertThat(today.path("to").asString()).isEqualTo("2026-03-12");
        assertThat(days(today)).containsExactly("2026-03-12");

        assertThat(days(ok(get(Caller.wallet(HOST), "/rewards/daily?days=2")))).containsExactly("2026-03-11",
                "2026-03-12");

        JsonNode thirtyOne = ok(get(Caller.wallet(HOST), "/rewards/daily?days=31"));
        assertThat(thirtyOne.path("from").asString()).isEqualTo("2026-02-10");
        assertThat(days(thirtyOne)).containsExactly("2026-02-10", "2026-02-11", "2026-03-11", "2026-03-12");
        assertThat(thirtyOne.at("/days/0/totalWei").asString()).isEqualTo("1000000000000000000000");

        JsonNode year = ok(get(Caller.wallet(HOST), "/rewards/daily?days=366"));
        assertThat(year.path("from").asString()).isEqualTo("2025-03-12");
        assertThat(year.path("days")).hasSize(4);
    }

    @Test
    void another_wallet_sees_only_its_own_days_and_is_refused_this_ones() {
        JsonNode other = ok(get(Caller.wallet(OTHER), "/rewards/daily"));
        assertThat(other.path("account").asString()).isEqualTo(OTHER);
        assertThat(days(other)).containsExactly("2026-03-11", "2026-03-12");
        assertThat(other.at("/days/0/kinds")).hasSize(1);
        assertThat(other.at("/days/0/kinds/0/amountWei").asString()).isEqualTo("999");
        assertThat(other.at("/days/1/kinds/0/kind").asString()).isEqualTo("PROVIDER_FEE");
        assertThat(other.at("/days/1/totalWei").asString()).isEqualTo("1");

        HttpResponse<String> naming = get(Caller.wallet(OTHER), "/rewards/daily?account=" + HOST);
        problem(naming, 403);
        assertThat(naming.body()).doesNotContain("9007199254740993000000023").doesNotContain("745");

        assertThat(ok(get(Caller.wallet(IDLE), "/rewards/daily")).path("days")).isEmpty();
    }

    @Test
    void an_operator_may_name_any_account() {
        JsonNode named = ok(get(Caller.operator("0x00000000000000000000000000000000000da100"),
                "/rewards/daily?days=2&account=" + HOST.toUpperCase(Locale.ROOT).replace("0X", "0x")));

        assertThat(named).isEqualTo(ok(get(Caller.wallet(HOST), "/rewards/daily?days=2")));
        assertThat(named.path("account").asString()).isEqualTo(HOST);
    }

    @Test
    void bad_days_or_accounts_are_problems_naming_the_field_and_an_enterprise_has_no_wallet() {
        for (String bad : List.of("0", "367", "-1", "abc", "1.5", "")) {
            HttpResponse<String> response = get(Caller.wallet(HOST), "/rewards/daily?days=" + bad);
            assertThat(problem(response, 400).at("/errors/0/field").asString()).as(bad).isEqualTo("days");
        }
        HttpResponse<String> account = get(Caller.operator(HOST), "/rewards/daily?account=0x1234");
        assertThat(problem(account, 400).at("/errors/0/field").asString()).isEqualTo("account");
        problem(get(Caller.enterprise("ent-1"), "/rewards/daily"), 403);
    }

    private void book(String owner, RewardKind kind, String at, BigInteger wei) {
        Instant instant = Instant.parse(at);
        accruals.insert(new Accrual(calendar.numberAt(instant), owner, kind, "source-" + kind, wei),
                "daily-it:" + UUID.randomUUID(), instant);
    }

    /** The worker closes every epoch before the clock's at start; accruals booked after that stay out of closes. */
    private void awaitCloseWorkerCaughtUp() {
        long lastDue = calendar.numberAt(NOW) - 1;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (cursor.lastClosed() < lastDue) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the close worker never closed epoch " + lastDue);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Tokens signed on the real clock: the service's clock stands in the past and would issue expired ones. */
    private HttpResponse<String> get(Caller caller, String path) {
        String token = new InternalTokenIssuer(tokenProperties, Clock.systemUTC()).issue(caller, "daily-it");
        return http.get(path, "Authorization", bearer(token));
    }

    private static List<String> days(JsonNode daily) {
        return daily.path("days").valueStream().map(day -> day.path("day").asString()).toList();
    }
}
