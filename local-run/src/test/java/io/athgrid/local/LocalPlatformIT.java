package io.athgrid.local;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.ContainerBonds;
import io.athgrid.events.Topics;
import io.athgrid.protocol.container.ContainerRegistration;
import io.athgrid.staking.chain.ContainerIdBytes;
import io.athgrid.support.testing.TopicReader;
import io.athgrid.testsupport.host.Waiting;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;
import tools.jackson.databind.JsonNode;

/**
 * The platform started the way ./run-local.sh starts it (on free ports), used only through the
 * gateway, as enterprises, wallet holders and operators use it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformIT {

    // anvil's well-known development keys: #0 is the local run's operator, #1 a provider's wallet.
    private static final String OPERATOR_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private static final String PROVIDER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    // anvil's #4: a holder of ATH who stakes.
    private static final String STAKER_KEY = "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a";
    /** Staking epochs of seconds, so the staker's lock earns, closes and settles within the test. */
    private static final Duration STAKING_EPOCH = Duration.ofSeconds(20);

    private static final int FLEET_SIZE = 60;
    private static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(2);
    /**
     * The local run's checker network: 100 checkers, two of them lying, and two impostors among the hosts:
     * the first one's slash executes after its window, the second one's owner disputes it in the dashboard.
     */
    private static final int CHECKERS = 100;
    private static final int LYING_CHECKERS = 2;
    private static final int IMPOSTORS = 2;
    /** Long enough for the browser to sign in and dispute, short enough to wait for an execution. */
    private static final Duration SLASH_DISPUTE_WINDOW = Duration.ofSeconds(120);

    private static RunningPlatform platform;
    private static GatewayClient gateway;

    @BeforeAll
    static void start() {
        Path workDirectory = Path.of("target", "local-platform-it").toAbsolutePath();
        LocalLogging.configure(workDirectory);
        // Every call of this test comes from 127.0.0.1, and Redis keeps the buckets between runs:
        // limits this test is not about must not decide its outcome.
        List<String> generousLimits = List.of("anonymous", "wallet", "enterprise").stream()
                .flatMap(kind -> List.of("--athgrid.gateway.rate-limit." + kind + ".replenish-rate=1000",
                        "--athgrid.gateway.rate-limit." + kind + ".burst-capacity=2000").stream())
                .toList();
        // A small fleet on a quick rhythm: OFFLINE after three missed 2-second heartbeats.
        platform = new LocalPlatform(new LocalOptions(workDirectory, false, false, generousLimits, FLEET_SIZE,
                HEARTBEAT_INTERVAL).withStakingEpochLength(STAKING_EPOCH)
                .withCheckers(CHECKERS, LYING_CHECKERS, IMPOSTORS, SLASH_DISPUTE_WINDOW)).start();
        gateway = new GatewayClient(platform.gatewayUrl());
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void every_service_is_up_behind_the_gateway() {
        for (PlatformService service : PlatformService.ALL) {
            HttpResponse<String> health = gateway.get("/api/" + service.route() + "/actuator/health");
            assertThat(health.statusCode()).as(service.name()).isEqualTo(200);
            assertThat(json(health).path("status").asString()).as(service.name()).isEqualTo("UP");
        }
    }

    @Test
    void a_protected_route_without_credentials_is_refused_with_401_problem_json() {
        HttpResponse<String> response = gateway.get("/api/registry/caller");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void the_openai_api_without_a_key_answers_in_openai_shape() {
        HttpResponse<String> response = gateway.get("/v1/models");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("error").path("code").asString()).isEqualTo("invalid_api_key");
    }

    @Test
    void a_signed_in_wallet_reaches_the_services_as_itself_whatever_headers_it_adds() {
        String session = gateway.signIn(PROVIDER_KEY);
        String address = Credentials.create(PROVIDER_KEY).getAddress();

        for (PlatformService service : PlatformService.ALL) {
            JsonNode caller = json(gateway.get("/api/" + service.route() + "/caller",
                    "Authorization", bearer(session), "X-Athgrid-Caller", "0x0000000000000000000000000000000000000bad"));
            assertThat(caller.path("id").asString()).as(service.name()).isEqualTo(address);
            assertThat(caller.path("kind").asString()).isEqualTo("WALLET");
            assertThat(caller.path("roles")).isEmpty();
        }
    }

    @Test
    void an_enterprise_reaches_only_its_own_keys_and_a_revoked_key_stops_working() {
        String operator = gateway.signIn(OPERATOR_KEY);
        Enterprise acme = Enterprise.register(gateway, operator, "acme-" + UUID.randomUUID());
        Enterprise globex = Enterprise.register(gateway, operator, "globex-" + UUID.randomUUID());

        JsonNode acmeCaller = json(gateway.get("/api/scheduler/caller", "Authorization", bearer(acme.key())));
        assertThat(acmeCaller.path("id").asString()).isEqualTo(acme.id());
        assertThat(acmeCaller.path("kind").asString()).isEqualTo("ENTERPRISE");

        assertThat(gateway.delete(acme.keyPath(), "Authorization", bearer(globex.key())).statusCode())
                .as("another enterprise revoking acme's key").isEqualTo(403);
        assertThat(gateway.get(acme.keysPath(), "Authorization", bearer(globex.key())).statusCode())
                .as("another enterprise listing acme's keys").isEqualTo(403);
        assertThat(gateway.post("/api/identity/enterprises", "{\"name\":\"rogue\"}",
                "Authorization", bearer(gateway.signIn(PROVIDER_KEY))).statusCode())
                .as("a wallet that is no operator registering an enterprise").isEqualTo(403);

        assertThat(gateway.delete(acme.keyPath(), "Authorization", bearer(acme.key())).statusCode()).isEqualTo(204);
        assertThat(gateway.get("/api/scheduler/caller", "Authorization", bearer(acme.key())).statusCode())
                .isEqualTo(401);
    }

    @Test
    void registering_an_enterprise_is_announced_on_kafka_through_the_outbox() {
        Enterprise initech = Enterprise.register(gateway, gateway.signIn(OPERATOR_KEY), "initech-" + UUID.randomUUID());

        try (TopicReader identity = new TopicReader(platform.kafkaBootstrapServers(), Topics.IDENTITY)) {
            assertThat(identity.readUntil(seen -> seen.stream().anyMatch(r -> isRegistration(r.value(), initech)),
                    Duration.ofSeconds(30))).anyMatch(r -> isRegistration(r.value(), initech));
        }
    }

    @Test
    void a_request_id_given_by_the_client_comes_back() {
        HttpResponse<String> response = gateway.get("/api/indexer/actuator/health", "X-Request-Id", "e2e-request-0001");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("e2e-request-0001");
    }

    @Test
    void the_dashboard_and_the_api_documentation_are_served() {
        HttpResponse<String> dashboard = gateway.get("/dashboard/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<div id=\"root\">");

        assertThat(gateway.get("/swagger-ui.html").statusCode()).isIn(200, 302);
        for (PlatformService service : PlatformService.ALL) {
            HttpResponse<String> docs = gateway.get("/api/" + service.route() + "/v3/api-docs");
            assertThat(docs.statusCode()).as(service.name()).isEqualTo(200);
            assertThat(json(docs).path("servers").get(0).path("url").asString()).isEqualTo("/api/" + service.route());
        }
    }

    /** First, so it meets the second impostor's slash while it can still be disputed. */
    @Test
    @Order(1)
    void the_provider_dashboard_signs_in_with_an_injected_wallet_shows_its_containers_and_disputes_a_slash()
            throws Exception {
        new DashboardJourney(platform, gateway, OPERATOR_KEY, platform.fleet().impostors().get(1)).run();
    }

    @Test
    void the_devnet_ath_token_is_deployed_on_anvil() throws Exception {
        Web3j web3j = Web3j.build(new HttpService(platform.rpcUrl()));
        try {
            AthToken token = AthToken.load(platform.athTokenAddress(), web3j,
                    new ReadonlyTransactionManager(web3j, platform.athTokenAddress()), new DefaultGasProvider());
            assertThat(token.symbol().send()).isEqualTo("ATH");
            assertThat(token.cap().send()).isEqualTo(new BigInteger("42000000000").multiply(BigInteger.TEN.pow(18)));
        } finally {
            web3j.shutdown();
        }
    }

    @Test
    void a_staker_locks_ath_earns_claims_and_takes_its_ath_from_the_distributor_with_a_served_proof()
            throws Exception {
        new StakerJourney(platform, gateway, OPERATOR_KEY, STAKER_KEY).run();
    }

    @Test
    void an_enterprise_deploys_a_model_and_talks_to_it_with_the_official_openai_sdk() {
        String operator = gateway.signIn(OPERATOR_KEY);
        Enterprise acme = Enterprise.register(gateway, operator, "maas-" + UUID.randomUUID());
        // A region with honest H100 SXM hosts offering vLLM, none of them the hosts another test stops.
        String region = honestHosts().subList(5, FLEET_SIZE - IMPOSTORS).stream()
                .map(id -> platform.fleet().registrations().get(id))
                .filter(host -> host.gpuModel().equals("H100_SXM") && host.services().contains("vllm"))
                .map(ContainerRegistration::region).findFirst().orElseThrow();
        new ModelServingJourney(platform, gateway, acme.key(), region).run();
    }

    private static boolean isRegistration(String envelope, Enterprise enterprise) {
        return envelope.contains("\"type\":\"EnterpriseRegistered\"") && envelope.contains(enterprise.id());
    }

    /** An enterprise registered by the operator, with one API key. */
    private record Enterprise(String id, String key, String keyId) {

        static Enterprise register(GatewayClient gateway, String operatorSession, String name) {
            HttpResponse<String> registered = gateway.post("/api/identity/enterprises",
                    "{\"name\":\"" + name + "\"}", "Authorization", bearer(operatorSession));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String id = json(registered).path("id").asString();
            HttpResponse<String> issued = gateway.post("/api/identity/enterprises/" + id + "/api-keys",
                    "{\"name\":\"ci\"}", "Authorization", bearer(operatorSession));
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            return new Enterprise(id, json(issued).path("key").asString(), json(issued).path("id").asString());
        }

        String keysPath() {
            return "/api/identity/enterprises/" + id + "/api-keys";
        }

        String keyPath() {
            return keysPath() + "/" + keyId;
        }
    }

    @Test
    void the_simulated_fleet_is_registered_and_each_provider_sees_only_its_own_containers() {
        String operator = gateway.signIn(OPERATOR_KEY);
        JsonNode all = json(gateway.get("/api/registry/containers?size=500", "Authorization", bearer(operator)));
        JsonNode own = json(gateway.get("/api/registry/containers?size=500", "Authorization",
                bearer(gateway.signIn(PROVIDER_KEY))));

        assertThat(all.path("total").asInt()).isEqualTo(FLEET_SIZE);
        assertThat(own.path("total").asInt()).isBetween(1, FLEET_SIZE - 1);
        String provider = Credentials.create(PROVIDER_KEY).getAddress();
        own.path("items").forEach(container -> assertThat(container.path("owner").asString()).isEqualTo(provider));
        assertThat(platform.fleet().counters().heartbeatsAccepted()).isPositive();
    }

    @Test
    void stopped_hosts_turn_offline_within_the_configured_window_and_come_back() throws Exception {
        String operator = gateway.signIn(OPERATOR_KEY);
        List<String> stopped = honestHosts().subList(0, 5);
        platform.fleet().stop(stopped);

        // Three missed 2-second heartbeats, a sweep, and the time to ask.
        List<String> offline = awaitStatus(operator, "OFFLINE", 5, Duration.ofSeconds(30));
        assertThat(offline).containsExactlyInAnyOrderElementsOf(stopped);

        platform.fleet().resume(stopped);
        assertThat(awaitStatus(operator, "OFFLINE", 0, Duration.ofSeconds(30))).isEmpty();
        JsonNode history = json(gateway.get("/api/registry/containers/" + stopped.get(0) + "/history",
                "Authorization", bearer(operator)));
        assertThat(history.toString()).contains("HEARTBEATS_MISSED", "HEARTBEAT_RESUMED");
    }

    @Test
    void the_checkers_verify_the_bonded_fleet_into_standby_and_the_indexer_offers_it() throws Exception {
        String operator = gateway.signIn(OPERATOR_KEY);
        int honest = FLEET_SIZE - IMPOSTORS;

        // Another test stops hosts for a while; they resume STANDBY.
        assertThat(awaitStatus(operator, "STANDBY", honest, Duration.ofSeconds(30))).hasSize(honest);
        JsonNode history = json(gateway.get("/api/registry/containers/" + honestHosts().get(0) + "/history",
                "Authorization", bearer(operator)));
        assertThat(history.toString()).contains("CAPACITY_VERIFIED", "STAKE_SUFFICIENT", "checkers in the majority");
        JsonNode container = json(gateway.get("/api/registry/containers/" + honestHosts().get(0),
                "Authorization", bearer(operator)));
        assertThat(container.path("bond").path("state").asString()).as("the bond mirrored from ContainerBonds")
                .isEqualTo("ACTIVE");
        assertThat(container.path("bond").path("amountWei").asString())
                .isEqualTo(container.path("stakeRequirement").path("amountWei").asString());

        // The indexer learns it from the registry's events.
        assertThat(await(() -> json(gateway.get("/api/indexer/capacity", "Authorization", bearer(operator)))
                .path("byStatus").path("STANDBY").asInt() == honest)).isTrue();
        Map<String, String> expected = new TreeMap<>();
        Map<String, List<ContainerRegistration>> byOffer = new TreeMap<>();
        honestHosts().stream().map(platform.fleet().registrations()::get).forEach(registration -> registration.services().forEach(
                service -> byOffer.computeIfAbsent(registration.gpuModel() + "/" + service, key -> new ArrayList<>())
                        .add(registration)));
        byOffer.forEach((key, registrations) -> expected.put(key, registrations.size() + " standby, "
                + registrations.stream().mapToInt(ContainerRegistration::gpuCount).sum() + " GPUs from "
                + registrations.stream().map(ContainerRegistration::priceUsdPerGpuHour)
                        .min(BigDecimal::compareTo).orElseThrow().stripTrailingZeros().toPlainString()));
        Map<String, String> offered = new TreeMap<>();
        json(gateway.get("/api/indexer/market", "Authorization", bearer(operator))).path("offers").forEach(offer ->
                offered.put(offer.path("gpuModel").asString() + "/" + offer.path("service").asString(),
                        offer.path("standby").asInt() + " standby, " + offer.path("gpus").asInt() + " GPUs from "
                                + offer.path("minPriceUsdPerGpuHour").decimalValue().stripTrailingZeros()
                                        .toPlainString()));
        assertThat(offered).isEqualTo(expected);
    }

    @Test
    void an_enterprise_job_runs_on_a_simulated_container_is_billed_and_moves_when_that_container_dies()
            throws Exception {
        String operator = gateway.signIn(OPERATOR_KEY);
        Enterprise acme = Enterprise.register(gateway, operator, "demand-" + UUID.randomUUID());
        // A GPU model and service that at least three hosts offer, none of them the hosts another test stops.
        Map<String, List<ContainerRegistration>> byOffer = new TreeMap<>();
        honestHosts().subList(5, FLEET_SIZE - IMPOSTORS).forEach(id -> {
            ContainerRegistration registration = platform.fleet().registrations().get(id);
            registration.services().forEach(service -> byOffer.computeIfAbsent(
                    registration.gpuModel() + "/" + service, key -> new ArrayList<>()).add(registration));
        });
        String offer = byOffer.entrySet().stream().filter(entry -> entry.getValue().size() >= 3)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        String order = """
                {"kind": "ON_DEMAND", "gpuModel": "%s", "gpusPerNode": 1, "nodes": 1, "region": "us-east",
                 "maxLatencyMs": 1000, "service": "%s", "maxPriceUsdPerGpuHour": 1000, "policy": "BEST_OVERALL"}"""
                .formatted(offer.split("/")[0], offer.split("/")[1]);
        String key = bearer(acme.key());

        // The scheduler reads the market every 5 s: until then the service is unknown to it (400, nothing written).
        AtomicReference<HttpResponse<String>> submitted = new AtomicReference<>();
        assertThat(await(() -> {
            submitted.set(gateway.post("/api/scheduler/orders", order, "Authorization", key));
            return submitted.get().statusCode() == 201;
        })).as("the order accepted").isTrue();
        String orderPath = "/api/scheduler/orders/" + json(submitted.get()).path("orderId").asString();
        JsonNode[] seen = new JsonNode[1];
        assertThat(await(() -> "RUNNING".equals((seen[0] = json(gateway.get(orderPath, "Authorization", key)))
                .path("job").path("status").asString()))).as(String.valueOf(seen[0])).isTrue();
        String first = seen[0].path("job").path("containers").path(0).path("containerId").asString();
        assertThat(await(() -> "SERVING".equals(json(gateway.get("/api/registry/containers/" + first,
                "Authorization", bearer(operator))).path("status").asString()))).as("the registry sees it serving").isTrue();
        assertThat(await(() -> json(gateway.get(orderPath + "/bill", "Authorization", key)).path("charges").size() > 0))
                .as("a metered charge").isTrue();
        JsonNode bill = json(gateway.get(orderPath + "/bill", "Authorization", key));
        assertThat(new BigInteger(bill.path("totals").path("protocolFeeWei").asString())
                .add(new BigInteger(bill.path("totals").path("providerFeesWei").asString())))
                .isEqualTo(new BigInteger(bill.path("totals").path("dueWei").asString())).isPositive();
        assertThat(json(gateway.get(orderPath + "/usage", "Authorization", key)).path("gpuSeconds").asLong()).isPositive();
        Enterprise other = Enterprise.register(gateway, operator, "other-" + UUID.randomUUID());
        assertThat(gateway.get(orderPath, "Authorization", bearer(other.key())).statusCode()).isEqualTo(404);

        platform.fleet().stop(List.of(first));
        try {
            assertThat(await(() -> {
                seen[0] = json(gateway.get(orderPath, "Authorization", key)).path("job");
                return seen[0].path("placement").asInt() == 2 && "RUNNING".equals(seen[0].path("status").asString());
            })).as(String.valueOf(seen[0])).isTrue();
            assertThat(seen[0].path("containers").path(0).path("containerId").asString()).isNotEqualTo(first);
            JsonNode usage = json(gateway.get(orderPath + "/usage", "Authorization", key));
            assertThat(usage.path("leases").path(0).path("endReason").asString()).isEqualTo("CONTAINER_OFFLINE");
        } finally {
            platform.fleet().resume(List.of(first));
        }
        HttpResponse<String> cancelled = gateway.post(orderPath + "/cancel", "{}", "Authorization", key);
        assertThat(json(cancelled).path("job").path("status").asString()).as(cancelled.body()).isEqualTo("CANCELLED");
    }

    @Test
    void an_impostor_is_rejected_by_the_checkers_and_its_bond_slashed_after_the_dispute_window() throws Exception {
        String operator = gateway.signIn(OPERATOR_KEY);
        String impostor = platform.fleet().impostors().get(0);

        JsonNode history = json(gateway.get("/api/registry/containers/" + impostor + "/history",
                "Authorization", bearer(operator)));
        assertThat(history.toString()).contains("CAPACITY_REJECTED");
        assertThat(json(gateway.get("/api/registry/containers/" + impostor, "Authorization", bearer(operator)))
                .path("status").asString()).isEqualTo("RETIRED");

        // Proposed with its evidence, executed once the window passed undisputed, then taken from the bond on chain.
        JsonNode[] slash = new JsonNode[1];
        assertThat(Waiting.until(() -> {
            JsonNode found = json(gateway.get("/api/checker/slashes?containerId=" + impostor, "Authorization",
                    bearer(operator)));
            slash[0] = found.path(0);
            return "EXECUTED".equals(slash[0].path("state").asString());
        }, SLASH_DISPUTE_WINDOW.plusSeconds(60))).as(String.valueOf(slash[0])).isTrue();
        assertThat(slash[0].path("reason").asString()).isEqualTo("CAPACITY_FRAUD");
        assertThat(slash[0].path("evidenceCanonical").asString()).contains("kind=CAPACITY", "signature=0x");
        assertThat(Duration.between(Instant.parse(slash[0].path("proposedAt").asString()),
                Instant.parse(slash[0].path("executedAt").asString()))).isGreaterThanOrEqualTo(SLASH_DISPUTE_WINDOW);
        BigInteger slashed = new BigInteger(slash[0].path("amountWei").asString());
        Web3j web3j = Web3j.build(new HttpService(platform.rpcUrl()));
        try {
            ContainerBonds bonds = ContainerBonds.load(platform.contracts().containerBonds(), web3j,
                    new ReadonlyTransactionManager(web3j, platform.contracts().containerBonds()), new DefaultGasProvider());
            byte[] id = ContainerIdBytes.toBytes32(impostor);
            BigInteger bonded = new BigInteger(json(gateway.get("/api/registry/containers/" + impostor,
                    "Authorization", bearer(operator))).path("stakeRequirement").path("amountWei").asString());
            assertThat(slashed).as("capacity fraud costs K x SC, the whole requirement").isEqualTo(bonded);
            // The owner's rewards are taken first (it owns other, honest hosts that earn), the rest from the bond.
            BigInteger[] remaining = new BigInteger[1];
            assertThat(Waiting.until(() -> {
                try {
                    remaining[0] = bonds.bondOf(id).send().component2();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return remaining[0].compareTo(bonded) < 0;
            }, Duration.ofSeconds(60))).as("the bond slashed on chain").isTrue();
            assertThat(bonded.subtract(remaining[0])).isPositive().isLessThanOrEqualTo(slashed);
        } finally {
            web3j.shutdown();
        }
    }

    @Test
    void a_lying_checker_is_outvoted_and_banned_while_honest_ones_earn_correct_results() throws Exception {
        String operator = gateway.signIn(OPERATOR_KEY);
        String liar = platform.checkers().liars().get(0);

        JsonNode[] license = new JsonNode[1];
        assertThat(Waiting.until(() -> {
            for (JsonNode found : json(gateway.get("/api/checker/licenses", "Authorization", bearer(operator)))) {
                if (liar.equalsIgnoreCase(found.path("signer").asString())) {
                    license[0] = found;
                }
            }
            return license[0] != null && license[0].path("banned").asBoolean();
        }, Duration.ofMinutes(4))).as(String.valueOf(license[0])).isTrue();
        assertThat(platform.checkers().counters().accepted()).isPositive();
    }

    private static List<String> honestHosts() {
        List<String> honest = new ArrayList<>(platform.fleet().containerIds());
        honest.removeAll(platform.fleet().impostors());
        return honest;
    }

    private static boolean await(BooleanSupplier condition) {
        return Waiting.until(condition, Duration.ofSeconds(30));
    }

    private static List<String> awaitStatus(String token, String status, int expected, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> ids;
        do {
            ids = new ArrayList<>();
            for (JsonNode container : json(gateway.get("/api/registry/containers?size=500&status=" + status,
                    "Authorization", bearer(token))).path("items")) {
                ids.add(container.path("containerId").asString());
            }
            if (ids.size() == expected) {
                return ids;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return ids;
    }
}
