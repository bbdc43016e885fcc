package io.athgrid.staking.epoch;

import static io.athgrid.staking.reward.RewardUnitEvents.usage;
import static io.athgrid.staking.reward.RewardUnitEvents.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.events.Topics;
import io.athgrid.events.v1.CheckerRewardAccrued;
import io.athgrid.events.v1.RefundIssued;
import io.athgrid.events.v1.SlashExecuted;
import io.athgrid.events.v1.UsageMetered;
import io.athgrid.staking.ledger.EpochPayouts;
import io.athgrid.staking.ledger.LedgerScenario;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.TopicReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Epoch closes on real PostgreSQL and Kafka: container pools shared out by the units that verdicts
 * and charges brought, the events published once, the ledger balanced; claims released into epoch
 * payouts and settled. Epochs are closed by calling the close with a later "now", as the worker does.
 */
class EpochCloseIT extends LedgerScenario {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EpochClosing closing;
    @Autowired
    EpochCalendar calendar;
    @Autowired
    EpochCursor cursor;
    @Autowired
    EpochPayouts payouts;

    @Test
    void an_epoch_close_shares_out_the_container_pools_publishes_once_and_keeps_the_ledger_balanced() {
        String host1 = wallet(11);
        String host2 = wallet(12);
        String c1 = UUID.randomUUID().toString();
        String c2 = UUID.randomUUID().toString();
        Instant now = Instant.now();
        long epoch = openEpoch(now);

        events.send(publish(verdict(c1, host1, 8, "PASSED", "STANDBY", now)));
        publish(verdict(c2, host2, 4, "PASSED", "STANDBY", now));
        publish(verdict(c2, host2, 4, "FAILED", "STANDBY", now));
        publish(verdict(c1, host1, 8, "PASSED", "SERVING", now));
        UsageMetered refunded = usage(c1, host1, 3_600, now);
        publish(refunded);
        publish(new RefundIssued(UUID.randomUUID().toString(), refunded.chargeId(), refunded.jobId(),
                refunded.orderId(), "ent-1", c1, host1, refunded.periodStart(), refunded.periodEnd(),
                refunded.amountUsd(), refunded.amountWei(), refunded.protocolFeeWei(), refunded.providerFeeWei(),
                "CONTAINER_OFFLINE", now));
        publish(usage(c2, host2, 1_800, now));
        publish(new CheckerRewardAccrued(UUID.randomUUID().toString(), "license-7", host1, "DAILY",
                LocalDate.now(ZoneOffset.UTC), 1_440, ath(7), now));
        await(() -> count("select count(*) from reward_unit where container_id in (?, ?)", c1, c2) == 4
                && count("select count(*) from reward_unit_refund") >= 1
                && count("select count(*) from ledger_accrual where owner = ?", host1) == 1, "units and rewards");

        // Other test classes on the same broker close the same calendar epoch in databases of their
        // own: only events from this close count.
        Instant closeStarted = Instant.now();
        assertThat(closing.closeDue(closing.closesAt(calendar.epoch(epoch)))).contains(epoch);
        assertThat(closing.closeDue(closing.closesAt(calendar.epoch(epoch)))).as("closed once").isEmpty();

        List<JsonNode> published = readStakingUntil(events -> closedEvent(events, epoch, closeStarted).isPresent());
        JsonNode closed = closedEvent(published, epoch, closeStarted).orElseThrow();
        Map<String, BigInteger> accrued = new TreeMap<>();
        published.stream()
                .filter(e -> e.path("type").asString().equals("RewardsAccrued") && e.at("/payload/epoch").asLong() == epoch
                        && !Instant.parse(e.at("/payload/accruedAt").asString()).isBefore(closeStarted))
                .forEach(e -> accrued.merge(e.at("/payload/account").asString() + "/" + e.at("/payload/kind").asString()
                        + "/" + e.at("/payload/source").asString(), new BigInteger(e.at("/payload/amountWei").asString()),
                        BigInteger::add));
        assertThat(accrued).containsEntry(host1 + "/PROOF_OF_CAPACITY/" + c1, new BigInteger("333333333333333333333"))
                .containsEntry(host2 + "/PROOF_OF_CAPACITY/" + c2, new BigInteger("166666666666666666667"))
                .containsEntry(host2 + "/PROOF_OF_DELIVERY/" + c2, ath(500))
                .containsEntry(host1 + "/CHECKER/license-7", ath(7))
                .doesNotContainKey(host1 + "/PROOF_OF_DELIVERY/" + c1);
        assertThat(closed.at("/payload/emittedWei").asString()).isEqualTo(ath(1_000).toString())
                .isEqualTo(closed.at("/payload/accruedWei").asString());
        assertThat(Instant.parse(closed.at("/payload/endsAt").asString()))
                .isEqualTo(calendar.epoch(epoch).displayedEnd());
        assertThat(count("select count(*) from ledger_epoch where epoch = ?", epoch)).isEqualTo(1);

        JsonNode rewards = ok(get(Caller.wallet(host1), "/rewards?epoch=" + epoch));
        assertThat(rewards.at("/epochs/0/epoch").asLong()).isEqualTo(epoch);
        assertThat(rewards.at("/epochs/0/totalWei").asString())
                .isEqualTo(new BigInteger("333333333333333333333").add(ath(7)).toString());
        assertThat(rewards.path("epochs")).hasSize(1);
        JsonNode balance = balance(host1);
        assertThat(balance.path("availableByOrigin").path("PROOF_OF_CAPACITY").asString())
                .isEqualTo("99999999999999999999");
        assertThat(balance.path("vestingByOrigin").path("PROOF_OF_CAPACITY").asString())
                .isEqualTo("233333333333333333334");
        assertEveryClosedEpochAccruedWhatItEmitted();
        assertLedgerBalances();

        SlashExecuted small = slash(c1, host1, ath(200));
        SlashExecuted large = slash(c1, host1, ath(1_000));
        publish(small);
        publish(large);
        await(() -> count("select count(*) from ledger_slash where owner = ?", host1) == 2, "both slashes");
        assertThat(wei("select from_rewards_wei from ledger_slash where slash_id = ?", small.slashId()))
                .isEqualTo(ath(200));
        assertThat(wei("select from_rewards_wei from ledger_slash where slash_id = ?", large.slashId()))
                .as("what was left of the host's container rewards: vesting, then available")
                .isEqualTo(new BigInteger("333333333333333333333").subtract(ath(200)));
        JsonNode slashed = balance(host1);
        assertThat(slashed.path("vestingWei").asString()).isEqualTo("0");
        assertThat(slashed.path("availableWei").asString()).as("checker rewards are not container rewards")
                .isEqualTo(ath(7).toString());
        assertLedgerBalances();
    }

    @Test
    void claims_are_released_into_epoch_payouts_which_settlement_makes_claimable_on_chain() {
        String staker = wallet(13);
        publish(new CheckerRewardAccrued(UUID.randomUUID().toString(), "license-13", staker, "DAILY",
                LocalDate.now(ZoneOffset.UTC), 1_440, ath(100), Instant.now()));
        await(() -> count("select count(*) from ledger_accrual where owner = ?", staker) == 1, "funds");
        ok(post(Caller.wallet(staker), "/claims", "{\"amountWei\": \"" + ath(60) + "\", \"option\": \"VEST_180_DAYS\"}"));
        long firstOpen = cursor.lastClosed() + 1;
        long last = calendar.numberAt(Instant.now().plus(Duration.ofDays(181)));

        closing.closeDue(closing.closesAt(calendar.epoch(last)));

        BigInteger paidOut = BigInteger.ZERO;
        long firstPaid = -1;
        for (long epoch = firstOpen; epoch <= last; epoch++) {
            SortedMap<String, BigInteger> leaves = payouts.payoutsOf(epoch).orElseThrow();
            assertThat(payouts.payoutsOf(epoch)).as("deterministic").contains(leaves);
            BigInteger mine = leaves.getOrDefault(staker, BigInteger.ZERO);
            if (mine.signum() > 0 && firstPaid < 0) {
                firstPaid = epoch;
            }
            paidOut = paidOut.add(mine);
        }
        assertThat(paidOut).isEqualTo(ath(60));
        assertThat(payouts.lastClosedEpoch()).isEqualTo(last);
        assertThat(payouts.payoutsOf(last + 1)).isEmpty();

        BigInteger firstPayout = payouts.payoutsOf(firstPaid).orElseThrow().get(staker);
        payouts.settled(firstPaid, "0x" + "ab".repeat(32), "0x" + "cd".repeat(32));
        payouts.settled(firstPaid, "0x" + "ab".repeat(32), "0x" + "cd".repeat(32));
        long epochPaid = firstPaid;
        assertThatThrownBy(() -> payouts.settled(epochPaid, "0x" + "ef".repeat(32), "0x00"))
                .isInstanceOf(IllegalStateException.class);
        JsonNode balance = balance(staker);
        assertThat(balance.path("claimingWei").asString()).isEqualTo("0");
        assertThat(balance.path("paidWei").asString()).isEqualTo(ath(60).toString());
        assertThat(balance.path("claimableOnChainWei").asString()).isEqualTo(firstPayout.toString());
        assertThat(balance.path("availableWei").asString()).isEqualTo(ath(40).toString());
        JsonNode claim = ok(get(Caller.wallet(staker), "/claims")).get(0);
        assertThat(claim.path("releasedWei").asString()).isEqualTo(ath(60).toString());

        JsonNode current = ok(get(Caller.wallet(staker), "/epochs/current"));
        assertThat(current.path("epoch").asLong()).isEqualTo(calendar.numberAt(Instant.now()));
        assertThat(current.path("lastClosedEpoch").asLong()).isEqualTo(last);
        JsonNode pools = ok(get(Caller.wallet(staker), "/pools"));
        assertThat(pools.path("pools")).extracting(pool -> pool.path("pool").asString()).containsExactly("AI", "GAMING");
        assertThat(pools.at("/pools/0/schedules/0/rateLocked").asBoolean()).isTrue();
        assertThat(pools.at("/pools/0/schedules/0/totalWei").asString()).isEqualTo(ath(600_000_000).toString());
        assertEveryClosedEpochAccruedWhatItEmitted();
        assertLedgerBalances();
    }

    private long openEpoch(Instant now) {
        return Math.max(calendar.numberAt(now), cursor.lastClosed() + 1);
    }

    /** Per closed epoch: its record, its accruals of emission kinds and its emission entries agree to the wei. */
    private void assertEveryClosedEpochAccruedWhatItEmitted() {
        List<Map<String, Object>> mismatches = jdbc.sql("""
                        select e.epoch, e.emitted_wei, e.accrued_wei,
                            (select coalesce(sum(amount_wei), 0) from ledger_accrual a where a.epoch = e.epoch
                                and a.kind in ('STAKER', 'PROOF_OF_CAPACITY', 'PROOF_OF_DELIVERY')) as accruals,
                            (select coalesce(sum(l.amount_wei), 0) from ledger_line l join ledger_entry n on n.id = l.entry_id
                                where n.epoch = e.epoch and n.kind = 'EMISSION' and l.owner <> '') as to_wallets,
                            (select coalesce(sum(accrued_wei), 0) from ledger_epoch_emission m where m.epoch = e.epoch)
                                as pools
                        from ledger_epoch e""")
                .query().listOfRows().stream()
                .filter(row -> {
                    BigDecimal emitted = (BigDecimal) row.get("emitted_wei");
                    return emitted.compareTo((BigDecimal) row.get("accrued_wei")) != 0
                            || emitted.compareTo((BigDecimal) row.get("accruals")) != 0
                            || emitted.compareTo((BigDecimal) row.get("to_wallets")) != 0
                            || emitted.compareTo((BigDecimal) row.get("pools")) != 0;
                })
                .collect(Collectors.toList());
        assertThat(count("select count(*) from ledger_epoch")).isPositive();
        assertThat(mismatches).isEmpty();
    }

    private List<JsonNode> readStakingUntil(Predicate<List<JsonNode>> done) {
        try (TopicReader staking = new TopicReader(kafka, Topics.STAKING)) {
            return staking.readUntil(records -> done.test(parse(records)), Duration.ofSeconds(30)).stream()
                    .map(record -> JSON.readTree(record.value())).toList();
        }
    }

    private static List<JsonNode> parse(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> JSON.readTree(record.value())).toList();
    }

    private static Optional<JsonNode> closedEvent(List<JsonNode> events, long epoch, Instant notBefore) {
        return events.stream()
                .filter(e -> e.path("type").asString().equals("EpochClosed") && e.at("/payload/epoch").asLong() == epoch
                        && !Instant.parse(e.at("/payload/closedAt").asString()).isBefore(notBefore))
                .findFirst();
    }

    private static SlashExecuted slash(String container, String owner, BigInteger amount) {
        Instant now = Instant.now();
        return new SlashExecuted(UUID.randomUUID().toString(), container, owner, "OFFLINE_WHILE_SERVING", amount,
                "0x" + "ee".repeat(32), now.minusSeconds(600), now.minusSeconds(300), now);
    }

    private static BigInteger ath(long ath) {
        return BigInteger.valueOf(ath).multiply(ATH);
    }
}
