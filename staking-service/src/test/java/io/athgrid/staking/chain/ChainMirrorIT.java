package io.athgrid.staking.chain;

import static io.athgrid.support.testing.ServiceHttp.problem;
import static io.athgrid.staking.StakingChainFixture.CONFIRMATIONS;
import static io.athgrid.staking.StakingChainFixture.address;
import static io.athgrid.staking.StakingChainFixture.ath;
import static io.athgrid.staking.StakingChainFixture.await;
import static io.athgrid.staking.StakingChainFixture.blockOf;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.athgrid.chain.ChainCursors;
import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.merkle.RewardTree;
import io.athgrid.events.Topics;
import io.athgrid.staking.StakingApplication;
import io.athgrid.staking.StakingChainFixture;
import io.athgrid.staking.bond.Bonds;
import io.athgrid.staking.lock.Locks.LockSnapshot;
import io.athgrid.staking.lock.MirroredLocks;
import io.athgrid.staking.lock.Pool;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.support.testing.ServiceIntegrationTest;
import io.athgrid.support.testing.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The follower on a chain of its own (anvil, so snapshots and time travel touch nobody else), with
 * real PostgreSQL and Kafka: what happens on chain reaches the mirror and the topic once confirmed,
 * never before, once, and survives reorgs. The time-travelling test runs last.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "spring.config.name=" + StakingApplication.CONFIG_NAME)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChainMirrorIT {

    private static final StakingChainFixture chain = StakingChainFixture.ownNode();
    private static final DevnetContracts contracts = chain.deploy();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void followTheChain(DynamicPropertyRegistry registry) {
        chain.register(registry, contracts);
    }

    @AfterAll
    static void stopTheChain() {
        chain.close();
    }

    @Autowired
    ChainCursors cursors;
    @Autowired
    MirroredLocks locks;
    @Autowired
    Bonds bonds;
    @Autowired
    ChainClaims claims;
    @Autowired
    PostedRoots roots;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    InternalTokenIssuer tokens;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void a_log_is_applied_only_once_n_blocks_are_on_top_of_it() {
        Credentials carol = chain.account(3);
        chain.fund(contracts, carol, ath(7));
        long block = blockOf(send(() -> chain.pools(contracts, carol)
                .lock(BigInteger.ZERO, ath(7), BigInteger.valueOf(Duration.ofDays(14).toSeconds())).send()));

        awaitCursorAt(block - CONFIRMATIONS);
        assertThat(locks.ofHolder(address(carol))).as("no block on top yet").isEmpty();

        chain.mine(1);
        awaitCursorAt(block - 1);
        assertThat(locks.ofHolder(address(carol))).as("one block on top").isEmpty();

        chain.mine(1);
        awaitCursorAt(block);
        assertThat(locks.ofHolder(address(carol))).singleElement()
                .extracting(LockSnapshot::amountWei).isEqualTo(ath(7));
        assertThat(cursors.confirmedUntil()).hasValue(chain.blockTime(cursors.find().orElseThrow().blockNumber()));
    }

    @Test
    @Order(2)
    void a_reorg_within_the_confirmations_never_reaches_the_mirror() {
        Credentials erin = chain.account(5);
        chain.fund(contracts, erin, ath(20));
        String beforeFork = chain.snapshot();
        TransactionReceipt orphaned = send(() -> chain.pools(contracts, erin)
                .lock(BigInteger.ONE, ath(9), BigInteger.valueOf(Duration.ofDays(7).toSeconds())).send());
        awaitCursorAt(blockOf(orphaned) - CONFIRMATIONS);

        chain.revert(beforeFork);
        TransactionReceipt kept = send(() -> chain.pools(contracts, erin)
                .lock(BigInteger.ONE, ath(4), BigInteger.valueOf(Duration.ofDays(14).toSeconds())).send());
        chain.mine(CONFIRMATIONS);
        awaitCursorAt(blockOf(kept));

        assertThat(locks.ofHolder(address(erin))).singleElement()
                .extracting(LockSnapshot::pool, LockSnapshot::amountWei).containsExactly("GAMING", ath(4));
        assertThat(lockChangesOf(address(erin))).isEqualTo(1);
        assertThat(outboxMentions(orphaned.getTransactionHash())).isZero();
        assertThat(outboxMentions(kept.getTransactionHash())).isEqualTo(1);
    }

    @Test
    @Order(3)
    void a_reorg_deeper_than_the_confirmations_is_rolled_back_and_the_new_chain_applied() {
        Credentials frank = chain.account(6);
        String container = UUID.randomUUID().toString();
        chain.fund(contracts, frank, ath(1_000));
        String beforeFork = chain.snapshot();
        TransactionReceipt orphanedBond = send(() -> chain.bonds(contracts, frank)
                .bond(ContainerIdBytes.toBytes32(container), ath(100)).send());
        TransactionReceipt orphanedLock = send(() -> chain.pools(contracts, frank)
                .lock(BigInteger.ZERO, ath(50), BigInteger.valueOf(Duration.ofDays(30).toSeconds())).send());
        chain.mine(CONFIRMATIONS);
        awaitCursorAt(blockOf(orphanedLock));
        assertThat(bonds.find(container)).hasValueSatisfying(bond -> assertThat(bond.amountWei()).isEqualTo(ath(100)));
        assertThat(locks.ofHolder(address(frank))).hasSize(1);
        double reorgsBefore = meters.get("athgrid.chain.reorgs").counter().count();

        chain.revert(beforeFork);
        TransactionReceipt kept = send(() -> chain.bonds(contracts, frank)
                .bond(ContainerIdBytes.toBytes32(container), ath(300)).send());
        chain.mine(CONFIRMATIONS + 2);
        awaitCursorAt(chain.head() - CONFIRMATIONS);

        assertThat(bonds.find(container)).hasValueSatisfying(bond -> assertThat(bond.amountWei()).isEqualTo(ath(300)));
        assertThat(bonds.changes(container)).singleElement().satisfies(change -> {
            assertThat(change.change()).isEqualTo("POSTED");
            assertThat(change.txHash()).isEqualTo(kept.getTransactionHash());
        });
        assertThat(locks.ofHolder(address(frank))).as("the orphaned lock is rolled back").isEmpty();
        assertThat(locks.asOf(Instant.now().plus(Duration.ofDays(1))))
                .noneMatch(lock -> lock.holder().equals(address(frank)));
        assertThat(meters.get("athgrid.chain.reorgs").counter().count()).isGreaterThan(reorgsBefore);
        // Announced before the reorg and not taken back; the new chain's bond is announced anew.
        assertThat(outboxMentions(orphanedBond.getTransactionHash())).isEqualTo(1);
        assertThat(outboxMentions(kept.getTransactionHash())).isEqualTo(1);
    }

    @Test
    @Order(4)
    void wallets_see_their_own_locks_and_bonds_and_operators_see_anyones() {
        Credentials dave = chain.account(4);
        String container = UUID.randomUUID().toString();
        chain.lock(contracts, dave, Pool.AI, ath(20), Duration.ofDays(30));
        TransactionReceipt bonded = chain.bond(contracts, dave, container, ath(64));
        chain.mine(CONFIRMATIONS);
        awaitCursorAt(blockOf(bonded));
        Caller owner = Caller.wallet(address(dave));
        Caller stranger = Caller.wallet(address(chain.account(7)));
        Caller operator = Caller.operator(address(chain.account(0)));

        JsonNode own = json(ok(get(owner, "/locks")));
        assertThat(own.get("holder").asString()).isEqualTo(address(dave));
        JsonNode lock = own.get("locks").get(0);
        assertThat(lock.get("pool").asString()).isEqualTo("AI");
        assertThat(lock.get("amountWei").asString()).isEqualTo(ath(20).toString());
        assertThat(lock.get("unlocked").asBoolean()).isFalse();
        // 30 days from now, counted from the next Thursday 00:01 UTC: 3 or 4 whole epochs.
        assertThat(lock.get("epochsLockedRemaining").asLong()).isBetween(3L, 4L);
        assertThat(json(ok(get(operator, "/locks?holder=" + dave.getAddress()))).get("locks")).hasSize(1);
        assertThat(json(ok(get(stranger, "/locks"))).get("locks")).isEmpty();

        problem(get(stranger, "/locks?holder=" + address(dave)), 403);
        assertThat(problem(get(owner, "/locks?holder=0x1234"), 400).at("/errors/0/field").asString())
                .isEqualTo("holder");
        problem(get(Caller.enterprise("ent-1"), "/locks"), 400);

        JsonNode bond = json(ok(get(owner, "/bonds/" + container)));
        assertThat(bond.get("owner").asString()).isEqualTo(address(dave));
        assertThat(bond.get("amountWei").asString()).isEqualTo(ath(64).toString());
        assertThat(bond.get("status").asString()).isEqualTo("BONDED");
        assertThat(bond.at("/changes/0/change").asString()).isEqualTo("POSTED");
        assertThat(bond.at("/changes/0/txHash").asString()).isEqualTo(bonded.getTransactionHash());
        assertThat(json(ok(get(operator, "/bonds/" + container.toUpperCase()))).get("containerId").asString())
                .isEqualTo(container);
        problem(get(stranger, "/bonds/" + container), 404);
        problem(get(owner, "/bonds/" + UUID.randomUUID()), 404);
        assertThat(problem(get(owner, "/bonds/container-7"), 400).at("/errors/0/field").asString())
                .isEqualTo("containerId");
    }

    @Test
    @Order(5)
    void locks_bonds_claims_and_roots_are_mirrored_with_their_history_and_announced_once() throws Exception {
        Credentials alice = chain.account(1);
        Credentials bob = chain.account(2);
        String leaving = UUID.randomUUID().toString();
        String staying = UUID.randomUUID().toString();
        byte[] evidence = Numeric.hexStringToByteArray("0x" + "e7".repeat(32));

        TransactionReceipt locked = chain.lock(contracts, alice, Pool.AI, ath(100), Duration.ofDays(30));
        Instant lockStart = chain.blockTime(locked);
        // anvil mines several blocks in one second: a minute between changes keeps their times apart.
        chain.advanceTime(Duration.ofMinutes(1));
        TransactionReceipt increased = chain.increaseLock(contracts, alice, Pool.AI, ath(50));
        chain.advanceTime(Duration.ofMinutes(1));
        Instant extendedUnlock = lockStart.plus(Duration.ofDays(60));
        TransactionReceipt extended = chain.extendLock(contracts, alice, Pool.AI, extendedUnlock);
        TransactionReceipt gaming = chain.lock(contracts, alice, Pool.GAMING, ath(10), Duration.ofDays(7));
        TransactionReceipt posted = chain.bond(contracts, bob, leaving, ath(1_000));
        TransactionReceipt added = chain.bond(contracts, bob, leaving, ath(500));
        TransactionReceipt slashed = chain.slash(contracts, leaving, ath(200), evidence);
        TransactionReceipt unbonding = chain.startUnbonding(contracts, bob, leaving);
        TransactionReceipt other = chain.bond(contracts, bob, staying, ath(42));
        RewardTree epoch7 = RewardTree.of(7, Map.of(address(alice), ath(5), address(bob), ath(3)));
        TransactionReceipt rootPosted = chain.postRoot(contracts, epoch7);
        TransactionReceipt claimed = chain.claim(contracts, epoch7, address(alice));
        chain.advanceTime(Duration.ofDays(181));
        TransactionReceipt withdrawn = chain.withdrawBond(contracts, bob, leaving);
        chain.mine(CONFIRMATIONS);
        awaitCursorAt(blockOf(withdrawn));

        assertThat(locks.ofHolder(address(alice))).containsExactly(
                new LockSnapshot(address(alice), "AI", ath(150), lockStart, extendedUnlock),
                new LockSnapshot(address(alice), "GAMING", ath(10), chain.blockTime(gaming),
                        chain.blockTime(gaming).plus(Duration.ofDays(7))));
        assertThat(aliceAiAsOf(lockStart.minusSeconds(1))).isEmpty();
        assertThat(aliceAiAsOf(lockStart)).containsExactly(
                new LockSnapshot(address(alice), "AI", ath(100), lockStart, lockStart.plus(Duration.ofDays(30))));
        assertThat(aliceAiAsOf(chain.blockTime(increased))).extracting(LockSnapshot::amountWei)
                .containsExactly(ath(150));
        assertThat(aliceAiAsOf(chain.blockTime(extended))).extracting(LockSnapshot::unlockTime)
                .containsExactly(extendedUnlock);
        assertThat(aliceAiAsOf(extendedUnlock)).as("expired by then").isEmpty();

        assertThat(bonds.find(leaving)).as("withdrawn").isEmpty();
        assertThat(bonds.changes(leaving)).extracting(Bonds.Change::change, Bonds.Change::amountWei).containsExactly(
                tuple("POSTED", ath(1_000)),
                tuple("INCREASED", ath(1_500)),
                tuple("SLASHED", ath(1_300)),
                tuple("UNBONDING_STARTED", ath(1_300)),
                tuple("WITHDRAWN", BigInteger.ZERO));
        assertThat(bonds.find(staying)).hasValue(new Bonds.Bond(staying, address(bob), ath(42), null));

        assertThat(claims.of(7, address(alice))).hasValueSatisfying(claim -> {
            assertThat(claim.amountWei()).isEqualTo(ath(5));
            assertThat(claim.txHash()).isEqualTo(claimed.getTransactionHash());
        });
        assertThat(claims.of(7, address(bob))).isEmpty();
        assertThat(roots.of(7)).hasValueSatisfying(root -> {
            assertThat(root.root()).isEqualTo(epoch7.rootHex());
            assertThat(root.totalWei()).isEqualTo(ath(8));
            assertThat(root.txHash()).isEqualTo(rootPosted.getTransactionHash());
        });
        assertThat(meters.get("athgrid.chain.confirmed.block").gauge().value()).isGreaterThanOrEqualTo(
                blockOf(withdrawn));
        assertThat(meters.get("athgrid.chain.logs.applied").tag("event", "StakeLocked").counter().count())
                .isGreaterThanOrEqualTo(2);

        List<TransactionReceipt> announced = List.of(locked, increased, extended, gaming, posted, added, slashed,
                unbonding, other, claimed, withdrawn);
        Map<String, JsonNode> events = eventsOf(announced);
        assertThat(events).hasSize(announced.size());
        JsonNode lockedEvent = payload(events, locked, "StakeLocked");
        assertThat(lockedEvent.get("holder").asString()).isEqualTo(address(alice));
        assertThat(lockedEvent.get("pool").asString()).isEqualTo("AI");
        assertThat(lockedEvent.get("amountWei").bigIntegerValue()).isEqualTo(ath(100));
        assertThat(Instant.parse(lockedEvent.get("lockStart").asString())).isEqualTo(lockStart);
        assertThat(lockedEvent.get("blockNumber").asLong()).isEqualTo(blockOf(locked));
        assertThat(payload(events, increased, "StakeIncreased").get("addedWei").bigIntegerValue()).isEqualTo(ath(50));
        JsonNode extendedEvent = payload(events, extended, "StakeIncreased");
        assertThat(extendedEvent.get("addedWei").bigIntegerValue()).isZero();
        assertThat(extendedEvent.get("amountWei").bigIntegerValue()).isEqualTo(ath(150));
        assertThat(Instant.parse(extendedEvent.get("unlockTime").asString())).isEqualTo(extendedUnlock);
        assertThat(payload(events, gaming, "StakeLocked").get("pool").asString()).isEqualTo("GAMING");
        JsonNode postedEvent = payload(events, posted, "ContainerBondChanged");
        assertThat(postedEvent.get("containerId").asString()).isEqualTo(leaving);
        assertThat(postedEvent.get("owner").asString()).isEqualTo(address(bob));
        assertThat(postedEvent.get("change").asString()).isEqualTo("POSTED");
        assertThat(payload(events, added, "ContainerBondChanged").get("amountWei").bigIntegerValue())
                .isEqualTo(ath(1_500));
        JsonNode slashedEvent = payload(events, slashed, "BondSlashed");
        assertThat(slashedEvent.get("amountWei").bigIntegerValue()).isEqualTo(ath(200));
        assertThat(slashedEvent.get("remainingWei").bigIntegerValue()).isEqualTo(ath(1_300));
        assertThat(slashedEvent.get("evidenceHash").asString()).isEqualTo("0x" + "e7".repeat(32));
        JsonNode unbondingEvent = payload(events, unbonding, "ContainerBondChanged");
        assertThat(unbondingEvent.get("change").asString()).isEqualTo("UNBONDING_STARTED");
        assertThat(Instant.parse(unbondingEvent.get("unbondingEnd").asString()))
                .isEqualTo(chain.blockTime(unbonding).plus(Duration.ofDays(180)));
        JsonNode withdrawnEvent = payload(events, withdrawn, "ContainerBondChanged");
        assertThat(withdrawnEvent.get("change").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawnEvent.get("amountWei").bigIntegerValue()).isZero();
        JsonNode claimedEvent = payload(events, claimed, "RewardClaimed");
        assertThat(claimedEvent.get("epoch").asLong()).isEqualTo(7);
        assertThat(claimedEvent.get("account").asString()).isEqualTo(address(alice));
        assertThat(claimedEvent.get("amountWei").bigIntegerValue()).isEqualTo(ath(5));
    }

    private HttpResponse<String> get(Caller caller, String path) {
        return new ServiceHttp(port).get(path, "Authorization", ServiceHttp.bearer(tokens.issue(caller, "chain-it")));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private List<LockSnapshot> aliceAiAsOf(Instant instant) {
        String alice = address(chain.account(1));
        return locks.asOf(instant).stream()
                .filter(lock -> lock.holder().equals(alice) && lock.pool().equals("AI"))
                .toList();
    }

    /** Reads the staking topic until each transaction's event arrived; fails on any announced twice. */
    private Map<String, JsonNode> eventsOf(List<TransactionReceipt> receipts) {
        List<String> txHashes = receipts.stream().map(TransactionReceipt::getTransactionHash).toList();
        try (TopicReader topic = new TopicReader(kafka, Topics.STAKING)) {
            List<JsonNode> ours = topic.readUntil(
                            records -> ofTransactions(records, txHashes).size() >= txHashes.size(),
                            Duration.ofSeconds(30))
                    .stream()
                    .map(record -> JSON.readTree(record.value()))
                    .filter(envelope -> txHashes.contains(envelope.at("/payload/txHash").asString()))
                    .toList();
            return ours.stream().collect(Collectors.toMap(envelope -> envelope.at("/payload/txHash").asString(),
                    Function.identity()));
        }
    }

    private static List<ConsumerRecord<String, String>> ofTransactions(List<ConsumerRecord<String, String>> records,
            List<String> txHashes) {
        return records.stream().filter(record -> txHashes.stream().anyMatch(record.value()::contains)).toList();
    }

    private static JsonNode payload(Map<String, JsonNode> events, TransactionReceipt receipt, String type) {
        JsonNode envelope = events.get(receipt.getTransactionHash());
        assertThat(envelope).as("the event of %s", receipt.getTransactionHash()).isNotNull();
        assertThat(envelope.get("type").asString()).isEqualTo(type);
        return envelope.get("payload");
    }

    private void awaitCursorAt(long block) {
        await(() -> cursors.find().map(cursor -> cursor.blockNumber() >= block).orElse(false),
                "the follower to apply block " + block);
    }

    private int lockChangesOf(String holder) {
        return jdbc.sql("select count(*) from chain_lock_change where holder = ?").param(holder).query(Integer.class)
                .single();
    }

    private int outboxMentions(String txHash) {
        return jdbc.sql("select count(*) from outbox_event where envelope like ?").param("%" + txHash + "%")
                .query(Integer.class).single();
    }

    private static TransactionReceipt send(ChainCall call) {
        try {
            TransactionReceipt receipt = call.send();
            assertThat(receipt.isStatusOK()).as("transaction %s", receipt.getTransactionHash()).isTrue();
            return receipt;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface ChainCall {
        TransactionReceipt send() throws Exception;
    }
}
