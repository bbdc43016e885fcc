package io.athgrid.staking.settlement;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.merkle.RewardTree;
import io.athgrid.events.Topics;
import io.athgrid.staking.StakingApplication;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.support.testing.ServiceIntegrationTest;
import io.athgrid.support.testing.TopicReader;
import io.athgrid.testsupport.anvil.AnvilNode;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Epoch roots on anvil through the running service and its real ledger: wallets earn checker
 * rewards and claim them, the ledger closes the epoch and pays out what the claims released, and
 * settlement posts that once, final after the confirmations, announced, booked claimable in the
 * ledger and claimable on chain with the proofs it serves; the on-chain claim comes back into the
 * ledger. Epochs settle in order, so the tests run in order on one chain: an anvil of this class's
 * own, whose clock the later tests move a week on so the ledger may close the next epoch.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.config.name=" + StakingApplication.CONFIG_NAME,
        "athgrid.staking.settlement.poll-interval=1h", "athgrid.staking.chain.poll-interval=100ms"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EpochSettlementIT {

    private static final int SETTLER = 9;
    private static final int CONFIRMATIONS = 2;
    private static final String NO_ROOT = "0x" + "0".repeat(64);
    private static final AnvilNode ANVIL = AnvilNode.start(0);
    private static final DevnetChain CHAIN = new DevnetChain(ANVIL);
    private static DevnetContracts contracts;
    /** The first epoch with payouts: the one open when the class starts. */
    private static long epoch = -1;

    @Autowired
    SettlementWorker worker;
    @Autowired
    ApplicationContext service;
    @Autowired
    InternalTokenIssuer tokens;
    @Autowired
    JdbcClient jdbc;
    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private ServiceHttp http;
    private RealLedger ledger;

    @DynamicPropertySource
    static void chain(DynamicPropertyRegistry registry) throws Exception {
        contracts = CHAIN.deploy();
        CHAIN.grantSettlerRoles(contracts, SETTLER);
        CHAIN.serviceProperties(contracts, CHAIN.rpcUrl(), SETTLER, CONFIRMATIONS)
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopChain() {
        ANVIL.close();
    }

    @BeforeEach
    void connect() {
        http = new ServiceHttp(port);
        ledger = new RealLedger(service, port, () -> CHAIN.mine(1));
        if (epoch < 0) {
            epoch = ledger.openEpoch();
        }
    }

    @Test
    @Order(1)
    void a_closed_epoch_is_posted_once_and_settled_after_the_confirmations() throws Exception {
        ledger.rewardAndClaim(Map.of(CHAIN.address(1), ath(300), CHAIN.address(2), ath(600), CHAIN.address(3),
                ath(900)));
        ledger.reward(CHAIN.address(4), ath(50));
        ledger.closeThrough(epoch);
        SortedMap<String, BigInteger> payouts = ledger.payoutsOf(epoch);
        assertThat(payouts).as("what the claims released; the wallet without a claim is paid nothing")
                .containsOnlyKeys(CHAIN.address(1), CHAIN.address(2), CHAIN.address(3))
                .allSatisfy((account, amount) -> assertThat(amount).isPositive());

        worker.runOnce();

        String root = RewardTree.of(epoch, payouts).rootHex();
        JsonNode posting = settlement(epoch);
        assertThat(posting.path("status").asString()).isEqualTo("POSTING");
        assertThat(posting.path("transactionStatus").asString()).isEqualTo("MINED");
        assertThat(CHAIN.rootOf(contracts, epoch)).as("the root is in a block").isEqualTo(root);
        assertThat(ledger.settledRoot(epoch)).as("not final before the confirmations").isEmpty();

        CHAIN.mine(CONFIRMATIONS);
        worker.runOnce();
        worker.runOnce();

        JsonNode settled = settlement(epoch);
        BigInteger total = payouts.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        assertThat(settled.path("status").asString()).isEqualTo("SETTLED");
        assertThat(settled.path("root").asString()).isEqualTo(root);
        assertThat(settled.path("totalWei").asString()).isEqualTo(total.toString());
        assertThat(settled.path("leafCount").asInt()).isEqualTo(3);
        String txHash = settled.path("txHash").asString();
        assertThat(CHAIN.rootPostedLogs(contracts, epoch)).singleElement()
                .satisfies(log -> assertThat(log.getTransactionHash()).isEqualTo(txHash));
        assertThat(ledger.settledRoot(epoch)).contains(root);
        JsonNode balance = ledger.balance(CHAIN.address(2));
        assertThat(balance.path("claimableOnChainWei").asString()).isEqualTo(payouts.get(CHAIN.address(2)).toString());
        assertThat(balance.path("awaitingSettlementWei").asString()).isEqualTo("0");
        JsonNode event = epochSettledEvent(txHash);
        assertThat(event.at("/payload/epoch").asLong()).isEqualTo(epoch);
        assertThat(event.at("/payload/root").asString()).isEqualTo(root);
        assertThat(event.at("/payload/totalWei").bigIntegerValue()).isEqualTo(total);
        assertThat(event.at("/payload/leaves").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from outgoing_tx_attempt").query(Integer.class).single())
                .as("signed once").isOne();
    }

    @Test
    @Order(2)
    void a_served_proof_claims_the_amount_on_chain_and_the_ledger_books_the_claim() throws Exception {
        String wallet = CHAIN.address(1);
        BigInteger payout = ledger.payoutsOf(epoch).get(wallet);
        BigInteger before = CHAIN.athBalance(contracts, wallet);

        JsonNode proof = json(get("/epochs/" + epoch + "/proofs/" + wallet.toUpperCase().replace("0X", "0x"),
                Caller.wallet(wallet)));

        assertThat(proof.path("account").asString()).isEqualTo(wallet);
        assertThat(proof.path("amountWei").asString()).isEqualTo(payout.toString());
        assertThat(proof.path("claimable").asBoolean()).isTrue();
        int index = proof.path("index").asInt();
        assertThat(index).isEqualTo(RewardTree.of(epoch, ledger.payoutsOf(epoch)).leafOf(wallet).orElseThrow()
                .index().intValueExact());
        List<String> siblings = new ArrayList<>();
        proof.path("proof").forEach(node -> siblings.add(node.asString()));
        assertThat(siblings).isNotEmpty().allMatch(hash -> hash.matches("0x[0-9a-f]{64}"));

        // Anyone may submit the claim; the ATH goes to the account of the leaf.
        CHAIN.claim(contracts, CHAIN.account(7), epoch, index, wallet, payout, siblings);

        assertThat(CHAIN.athBalance(contracts, wallet)).isEqualTo(before.add(payout));
        await(() -> {
            CHAIN.mine(1);
            return ledger.balance(wallet).path("claimedOnChainWei").asString().equals(payout.toString());
        }, "the claim booked in the ledger");
        JsonNode balance = ledger.balance(wallet);
        assertThat(balance.path("claimableOnChainWei").asString()).isEqualTo("0");
        assertThat(balance.path("paidWei").asString()).isEqualTo(payout.toString());
        assertThat(ledger.balance(CHAIN.address(2)).path("claimedOnChainWei").asString()).isEqualTo("0");
        assertThat(jdbc.sql("select count(*) from ledger_entry where kind = 'ONCHAIN_CLAIM'").query(Integer.class)
                .single()).as("booked once").isOne();
    }

    @Test
    @Order(3)
    void a_proof_is_its_accounts_alone_and_bad_requests_are_problems() {
        String wallet = CHAIN.address(2);
        String proofs = "/epochs/" + epoch + "/proofs/";

        assertThat(get(proofs + wallet, Caller.wallet(CHAIN.address(1))).statusCode()).isEqualTo(403);
        assertThat(get(proofs + wallet, Caller.enterprise("ent-1")).statusCode()).isEqualTo(403);
        assertThat(get(proofs + wallet, Caller.operator(CHAIN.address(0))).statusCode()).isEqualTo(200);
        assertThat(problem(get("/epochs/zero/proofs/" + wallet, Caller.wallet(wallet)), 400)).isEqualTo("epoch");
        assertThat(problem(get("/epochs/-1/proofs/" + wallet, Caller.wallet(wallet)), 400)).isEqualTo("epoch");
        assertThat(problem(get(proofs + "0x1234", Caller.wallet(wallet)), 400)).isEqualTo("account");
        String stranger = "0x" + "5".repeat(40);
        assertThat(get(proofs + stranger, Caller.wallet(stranger)).statusCode()).isEqualTo(404);
        assertThat(get("/epochs/" + (epoch + 99) + "/proofs/" + wallet, Caller.wallet(wallet)).statusCode())
                .isEqualTo(404);
        assertThat(get("/epochs/" + (epoch + 99) + "/settlement", Caller.wallet(wallet)).statusCode()).isEqualTo(404);
        assertThat(problem(get("/epochs/" + epoch + "/leaves?limit=0", Caller.wallet(wallet)), 400)).isEqualTo("limit");
        assertThat(problem(get("/epochs/" + epoch + "/leaves?after=nobody", Caller.wallet(wallet)), 400))
                .isEqualTo("after");
    }

    @Test
    @Order(4)
    void anyone_recomputes_the_root_from_the_published_leaves() {
        Caller anyone = Caller.wallet("0x" + "6".repeat(40));
        Map<String, BigInteger> leaves = new TreeMap<>();
        List<Integer> indices = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = json(get("/epochs/" + epoch + "/leaves?limit=2" + (after == null ? "" : "&after=" + after),
                    anyone));
            page.path("leaves").forEach(leaf -> {
                leaves.put(leaf.path("account").asString(), new BigInteger(leaf.path("amountWei").asString()));
                indices.add(leaf.path("index").asInt());
            });
            after = page.path("next").isNull() ? null : page.path("next").asString();
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(2);
        assertThat(leaves).isEqualTo(ledger.payoutsOf(epoch));
        assertThat(indices).as("indices are positions in account order").containsExactly(0, 1, 2);
        assertThat(RewardTree.of(epoch, leaves).rootHex()).isEqualTo(settlement(epoch).path("root").asString());
    }

    @Test
    @Order(5)
    void epochs_closed_with_nothing_to_claim_are_recorded_empty_and_epochs_before_the_ledger_ran_are_not_settled()
            throws Exception {
        long first = service.getBean(EpochCursor.class).firstClosed();
        assertThat(first).isLessThanOrEqualTo(epoch);
        for (long earlier = first; earlier < epoch; earlier++) {
            JsonNode empty = settlement(earlier);
            assertThat(empty.path("status").asString()).isEqualTo("EMPTY");
            assertThat(empty.path("root").isNull()).isTrue();
            assertThat(empty.path("txHash").isNull()).isTrue();
            assertThat(CHAIN.rootPostedLogs(contracts, earlier)).isEmpty();
        }
        if (first > 0) {
            // A fresh ledger starts at the epoch current when it first ran; nothing before it is closed or settled.
            HttpResponse<String> before = get("/epochs/" + (first - 1) + "/settlement", Caller.wallet(CHAIN.address(1)));
            assertThat(before.statusCode()).as(before.body()).isEqualTo(404);
            assertThat(CHAIN.rootPostedLogs(contracts, first - 1)).isEmpty();
        }
    }

    @Test
    @Order(6)
    void a_reverted_root_fails_the_epoch_until_an_operator_retries_it() throws Exception {
        long next = epoch + 1;
        CHAIN.settlerRole(contracts, SETTLER, false);
        CHAIN.advanceTime(Duration.ofDays(7));
        ledger.closeThrough(next);

        worker.runOnce();
        CHAIN.mine(CONFIRMATIONS);
        worker.runOnce();

        JsonNode failed = settlement(next);
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("reason").asString()).contains("SETTLER_ROLE");
        assertThat(CHAIN.rootOf(contracts, next)).isEqualTo(NO_ROOT);
        assertThat(ledger.settledRoot(next)).isEmpty();
        assertThat(post("/epochs/" + next + "/settlement/retry", Caller.wallet(CHAIN.address(1))).statusCode())
                .isEqualTo(403);
        assertThat(post("/epochs/" + epoch + "/settlement/retry", Caller.operator(CHAIN.address(0))).statusCode())
                .isEqualTo(409);

        CHAIN.settlerRole(contracts, SETTLER, true);
        assertThat(post("/epochs/" + next + "/settlement/retry", Caller.operator(CHAIN.address(0))).statusCode())
                .isEqualTo(202);
        worker.runOnce();
        CHAIN.mine(CONFIRMATIONS);
        worker.runOnce();

        String root = RewardTree.of(next, ledger.payoutsOf(next)).rootHex();
        assertThat(settlement(next).path("status").asString()).isEqualTo("SETTLED");
        assertThat(CHAIN.rootPostedLogs(contracts, next)).hasSize(1);
        assertThat(CHAIN.rootOf(contracts, next)).isEqualTo(root);
        assertThat(ledger.settledRoot(next)).contains(root);
        assertThat(jdbc.sql("select count(*) from outgoing_tx_attempt where tx_id = ?")
                .param("EPOCH_ROOT:" + next).query(Integer.class).single())
                .as("the reverted transaction and the one after the retry").isEqualTo(2);
    }

    @Test
    @Order(7)
    void another_root_already_on_chain_halts_the_epoch_and_everything_after_it() throws Exception {
        long foreign = epoch + 2;
        String foreignRoot = "0x" + "ab".repeat(32);
        CHAIN.postRoot(contracts, foreign, foreignRoot, ath(1));
        CHAIN.advanceTime(Duration.ofDays(14));
        ledger.closeThrough(foreign + 1);

        worker.runOnce();
        worker.runOnce();

        JsonNode halted = settlement(foreign);
        assertThat(halted.path("status").asString()).isEqualTo("HALTED");
        assertThat(halted.path("transactionStatus").asString()).isEqualTo("HALTED");
        assertThat(halted.path("reason").asString()).contains(foreignRoot);
        assertThat(CHAIN.rootPostedLogs(contracts, foreign)).hasSize(1);
        assertThat(CHAIN.rootOf(contracts, foreign)).isEqualTo(foreignRoot);
        assertThat(get("/epochs/" + (foreign + 1) + "/settlement", Caller.wallet(CHAIN.address(1))).statusCode())
                .isEqualTo(404);
        assertThat(post("/epochs/" + foreign + "/settlement/retry", Caller.operator(CHAIN.address(0))).statusCode())
                .isEqualTo(409);
        assertThat(ledger.settledRoot(foreign)).as("the ledger keeps its payouts awaiting settlement").isEmpty();
        assertThat(ledger.balance(CHAIN.address(3)).path("awaitingSettlementWei").asString())
                .isEqualTo(ledger.payoutsOf(foreign).get(CHAIN.address(3)).add(ledger.payoutsOf(foreign + 1)
                        .get(CHAIN.address(3))).toString());
    }

    private static BigInteger ath(long whole) {
        return BigInteger.valueOf(whole).multiply(DevnetChain.ONE_ATH);
    }

    private JsonNode settlement(long number) {
        HttpResponse<String> response = get("/epochs/" + number + "/settlement", Caller.wallet(CHAIN.address(1)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** The EpochSettled naming this transaction: other test classes on the same broker settle epochs too. */
    private JsonNode epochSettledEvent(String txHash) {
        try (TopicReader staking = new TopicReader(kafka, Topics.STAKING)) {
            List<ConsumerRecord<String, String>> records = staking.readUntil(
                    seen -> seen.stream().anyMatch(record -> isEpochSettled(record, txHash)), Duration.ofSeconds(30));
            return records.stream().filter(record -> isEpochSettled(record, txHash)).map(record -> parse(record.value()))
                    .findFirst().orElseThrow(() -> new AssertionError("no EpochSettled for " + txHash));
        }
    }

    private static boolean isEpochSettled(ConsumerRecord<String, String> record, String txHash) {
        JsonNode envelope = parse(record.value());
        return envelope.path("type").asString().equals("EpochSettled")
                && envelope.at("/payload/txHash").asString().equals(txHash);
    }

    private static JsonNode parse(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> post(String path, Caller caller) {
        return http.post(path, "{}", "Authorization", bearer(tokens.issue(caller, "settlement-it")));
    }

    private HttpResponse<String> get(String path, Caller caller) {
        return http.get(path, "Authorization", bearer(tokens.issue(caller, "settlement-it")));
    }

    /** The first offending field of a problem+json answer with this status. */
    private static String problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return json(response).path("errors").get(0).path("field").asString();
    }
}
