package io.athgrid.staking.settlement;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.merkle.RewardLeaf;
import io.athgrid.contracts.merkle.RewardTree;
import io.athgrid.events.Topics;
import io.athgrid.staking.StakingApplication;
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
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Epoch roots on anvil through the running service: computed from the ledger's payouts, posted
 * once, final after the confirmations, announced, and claimable with the proofs it serves. Epochs
 * settle in order, so the tests run in order on one chain.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.config.name=" + StakingApplication.CONFIG_NAME,
        "athgrid.staking.settlement.confirmations=2", "athgrid.staking.settlement.poll-interval=1h"})
@Import(StandInLedger.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EpochSettlementIT {

    private static final int SETTLER = 9;
    private static final String NO_ROOT = "0x" + "0".repeat(64);
    private static final DevnetChain CHAIN = new DevnetChain(AnvilNode.shared());
    private static DevnetContracts contracts;

    @Autowired
    SettlementWorker worker;
    @Autowired
    StandInLedger.StandInEpochPayouts ledger;
    @Autowired
    InternalTokenIssuer tokens;
    @Autowired
    JdbcClient jdbc;
    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private ServiceHttp http;

    @DynamicPropertySource
    static void chain(DynamicPropertyRegistry registry) throws Exception {
        contracts = CHAIN.deploy();
        CHAIN.grantSettlerRoles(contracts, SETTLER);
        registry.add("athgrid.staking.settlement.rpc-url", CHAIN::rpcUrl);
        registry.add("athgrid.staking.settlement.reward-distributor", contracts::rewardDistributor);
        registry.add("athgrid.staking.settlement.container-bonds", contracts::containerBonds);
        registry.add("athgrid.staking.settlement.settler-private-key", () -> CHAIN.privateKey(SETTLER));
    }

    @BeforeEach
    void connect() {
        http = new ServiceHttp(port);
    }

    @Test
    @Order(1)
    void a_closed_epoch_is_posted_once_and_settled_after_the_confirmations() throws Exception {
        Map<String, BigInteger> payouts = payouts(ath(1), ath(250), ath(42));
        ledger.close(0, payouts);

        worker.runOnce();

        String root = expectedRoot(0, payouts);
        JsonNode posting = settlement(0);
        assertThat(posting.path("status").asString()).isEqualTo("POSTING");
        assertThat(posting.path("transactionStatus").asString()).isEqualTo("MINED");
        assertThat(CHAIN.rootOf(contracts, 0)).as("the root is in a block").isEqualTo(root);
        assertThat(ledger.settledCalls()).as("not final before the confirmations").isEmpty();

        CHAIN.mine(2);
        worker.runOnce();
        worker.runOnce();

        JsonNode settled = settlement(0);
        assertThat(settled.path("status").asString()).isEqualTo("SETTLED");
        assertThat(settled.path("root").asString()).isEqualTo(root);
        assertThat(settled.path("totalWei").asString()).isEqualTo(ath(293).toString());
        assertThat(settled.path("leafCount").asInt()).isEqualTo(3);
        String txHash = settled.path("txHash").asString();
        assertThat(CHAIN.rootPostedLogs(contracts, 0)).singleElement()
                .satisfies(log -> assertThat(log.getTransactionHash()).isEqualTo(txHash));
        assertThat(ledger.settledCalls()).containsExactly(new StandInLedger.Settled(0, root, txHash));
        JsonNode event = epochSettledEvent(txHash);
        assertThat(event.at("/payload/epoch").asLong()).isZero();
        assertThat(event.at("/payload/root").asString()).isEqualTo(root);
        assertThat(event.at("/payload/totalWei").bigIntegerValue()).isEqualTo(ath(293));
        assertThat(event.at("/payload/leaves").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from outgoing_tx_attempt").query(Integer.class).single())
                .as("signed once").isOne();
    }

    @Test
    @Order(2)
    void a_served_proof_claims_the_amount_on_chain() throws Exception {
        String wallet = CHAIN.address(1);
        BigInteger before = CHAIN.athBalance(contracts, wallet);

        JsonNode proof = json(get("/epochs/0/proofs/" + wallet.toUpperCase().replace("0X", "0x"), Caller.wallet(wallet)));

        assertThat(proof.path("account").asString()).isEqualTo(wallet);
        assertThat(proof.path("amountWei").asString()).isEqualTo(ath(1).toString());
        assertThat(proof.path("claimable").asBoolean()).isTrue();
        List<String> siblings = new ArrayList<>();
        proof.path("proof").forEach(node -> siblings.add(node.asString()));
        assertThat(siblings).isNotEmpty().allMatch(hash -> hash.matches("0x[0-9a-f]{64}"));

        // Anyone may submit the claim; the ATH goes to the account of the leaf.
        CHAIN.claim(contracts, CHAIN.account(7), 0, wallet, ath(1), siblings);

        assertThat(CHAIN.athBalance(contracts, wallet)).isEqualTo(before.add(ath(1)));
    }

    @Test
    @Order(3)
    void a_proof_is_its_accounts_alone_and_bad_requests_are_problems() {
        String wallet = CHAIN.address(2);

        assertThat(get("/epochs/0/proofs/" + wallet, Caller.wallet(CHAIN.address(1))).statusCode()).isEqualTo(403);
        assertThat(get("/epochs/0/proofs/" + wallet, Caller.enterprise("ent-1")).statusCode()).isEqualTo(403);
        assertThat(get("/epochs/0/proofs/" + wallet, Caller.operator(CHAIN.address(0))).statusCode()).isEqualTo(200);
        assertThat(problem(get("/epochs/zero/proofs/" + wallet, Caller.wallet(wallet)), 400)).isEqualTo("epoch");
        assertThat(problem(get("/epochs/-1/proofs/" + wallet, Caller.wallet(wallet)), 400)).isEqualTo("epoch");
        assertThat(problem(get("/epochs/0/proofs/0x1234", Caller.wallet(wallet)), 400)).isEqualTo("account");
        String stranger = "0x" + "5".repeat(40);
        assertThat(get("/epochs/0/proofs/" + stranger, Caller.wallet(stranger)).statusCode()).isEqualTo(404);
        assertThat(get("/epochs/99/proofs/" + wallet, Caller.wallet(wallet)).statusCode()).isEqualTo(404);
        assertThat(get("/epochs/99/settlement", Caller.wallet(wallet)).statusCode()).isEqualTo(404);
        assertThat(problem(get("/epochs/0/leaves?limit=0", Caller.wallet(wallet)), 400)).isEqualTo("limit");
        assertThat(problem(get("/epochs/0/leaves?after=nobody", Caller.wallet(wallet)), 400)).isEqualTo("after");
    }

    @Test
    @Order(4)
    void anyone_recomputes_the_root_from_the_published_leaves() {
        Caller anyone = Caller.wallet("0x" + "6".repeat(40));
        List<RewardLeaf> leaves = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = json(get("/epochs/0/leaves?limit=2" + (after == null ? "" : "&after=" + after), anyone));
            page.path("leaves").forEach(leaf -> leaves.add(new RewardLeaf(BigInteger.ZERO,
                    leaf.path("account").asString(), new BigInteger(leaf.path("amountWei").asString()))));
            after = page.path("next").isNull() ? null : page.path("next").asString();
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(2);
        assertThat(leaves).hasSize(3);
        assertThat(RewardTree.of(BigInteger.ZERO, leaves).rootHex()).isEqualTo(settlement(0).path("root").asString());
    }

    @Test
    @Order(5)
    void an_epoch_without_anything_to_claim_is_recorded_empty_and_the_next_one_follows() throws Exception {
        ledger.close(1, Map.of());
        Map<String, BigInteger> payouts = payouts(ath(5), BigInteger.ZERO, ath(6));
        ledger.close(2, payouts);

        worker.runOnce();
        CHAIN.mine(2);
        worker.runOnce();

        JsonNode empty = settlement(1);
        assertThat(empty.path("status").asString()).isEqualTo("EMPTY");
        assertThat(empty.path("root").isNull()).isTrue();
        assertThat(empty.path("txHash").isNull()).isTrue();
        assertThat(CHAIN.rootPostedLogs(contracts, 1)).isEmpty();
        JsonNode next = settlement(2);
        assertThat(next.path("status").asString()).isEqualTo("SETTLED");
        assertThat(next.path("leafCount").asInt()).as("the account with nothing left out").isEqualTo(2);
        assertThat(CHAIN.rootOf(contracts, 2)).isEqualTo(expectedRoot(2, payouts));
    }

    @Test
    @Order(6)
    void a_reverted_root_fails_the_epoch_until_an_operator_retries_it() throws Exception {
        Map<String, BigInteger> payouts = payouts(ath(3), ath(3), ath(3));
        CHAIN.settlerRole(contracts, SETTLER, false);
        ledger.close(3, payouts);

        worker.runOnce();
        CHAIN.mine(2);
        worker.runOnce();

        JsonNode failed = settlement(3);
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("reason").asString()).contains("SETTLER_ROLE");
        assertThat(CHAIN.rootOf(contracts, 3)).isEqualTo(NO_ROOT);
        assertThat(post("/epochs/3/settlement/retry", Caller.wallet(CHAIN.address(1))).statusCode()).isEqualTo(403);
        assertThat(post("/epochs/2/settlement/retry", Caller.operator(CHAIN.address(0))).statusCode()).isEqualTo(409);

        CHAIN.settlerRole(contracts, SETTLER, true);
        assertThat(post("/epochs/3/settlement/retry", Caller.operator(CHAIN.address(0))).statusCode()).isEqualTo(202);
        worker.runOnce();
        CHAIN.mine(2);
        worker.runOnce();

        assertThat(settlement(3).path("status").asString()).isEqualTo("SETTLED");
        assertThat(CHAIN.rootPostedLogs(contracts, 3)).hasSize(1);
        assertThat(CHAIN.rootOf(contracts, 3)).isEqualTo(expectedRoot(3, payouts));
        assertThat(jdbc.sql("select count(*) from outgoing_tx_attempt where tx_id = 'EPOCH_ROOT:3'").query(Integer.class)
                .single()).as("the reverted transaction and the one after the retry").isEqualTo(2);
    }

    @Test
    @Order(7)
    void another_root_already_on_chain_halts_the_epoch_and_everything_after_it() throws Exception {
        String foreignRoot = "0x" + "ab".repeat(32);
        CHAIN.postRoot(contracts, 4, foreignRoot, ath(1));
        ledger.close(4, payouts(ath(4), ath(4), ath(4)));
        ledger.close(5, payouts(ath(5), ath(5), ath(5)));

        worker.runOnce();
        worker.runOnce();

        JsonNode halted = settlement(4);
        assertThat(halted.path("status").asString()).isEqualTo("HALTED");
        assertThat(halted.path("transactionStatus").asString()).isEqualTo("HALTED");
        assertThat(halted.path("reason").asString()).contains(foreignRoot);
        assertThat(CHAIN.rootPostedLogs(contracts, 4)).hasSize(1);
        assertThat(CHAIN.rootOf(contracts, 4)).isEqualTo(foreignRoot);
        assertThat(get("/epochs/5/settlement", Caller.wallet(CHAIN.address(1))).statusCode()).isEqualTo(404);
        assertThat(post("/epochs/4/settlement/retry", Caller.operator(CHAIN.address(0))).statusCode()).isEqualTo(409);
        assertThat(ledger.settledCalls()).extracting(StandInLedger.Settled::epoch).containsExactly(0L, 2L, 3L);
    }

    private static Map<String, BigInteger> payouts(BigInteger first, BigInteger second, BigInteger third) {
        Map<String, BigInteger> payouts = new TreeMap<>();
        payouts.put(CHAIN.address(1), first);
        payouts.put(CHAIN.address(2), second);
        payouts.put(CHAIN.address(3), third);
        return payouts;
    }

    private static String expectedRoot(long epoch, Map<String, BigInteger> payouts) {
        return RewardTree.of(BigInteger.valueOf(epoch), payouts.entrySet().stream()
                .filter(payout -> payout.getValue().signum() > 0)
                .map(payout -> new RewardLeaf(BigInteger.valueOf(epoch), payout.getKey(), payout.getValue()))
                .toList()).rootHex();
    }

    private static BigInteger ath(long whole) {
        return BigInteger.valueOf(whole).multiply(DevnetChain.ONE_ATH);
    }

    private JsonNode settlement(long epoch) {
        HttpResponse<String> response = get("/epochs/" + epoch + "/settlement", Caller.wallet(CHAIN.address(1)));
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
