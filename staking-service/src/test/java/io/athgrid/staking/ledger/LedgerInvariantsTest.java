package io.athgrid.staking.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.staking.claim.ClaimOption;
import io.athgrid.staking.claim.ClaimPlan;
import io.athgrid.staking.claim.ClaimTerms;
import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.lock.Locks.LockSnapshot;
import io.athgrid.support.pricing.AthUsdRate;
import io.athgrid.staking.reward.ContainerEmission;
import io.athgrid.staking.reward.ContainerShare;
import io.athgrid.staking.reward.ContainerSplit;
import io.athgrid.staking.reward.EmissionBooking;
import io.athgrid.staking.reward.EmissionSchedule;
import io.athgrid.staking.reward.LockMultipliers;
import io.athgrid.staking.reward.LockedSchedule;
import io.athgrid.staking.reward.RewardPower;
import io.athgrid.staking.reward.StakerSplit;
import io.athgrid.staking.reward.StakingPool;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Forty epochs of staking, container work, checker rewards, provider fees, claims of both kinds,
 * a slash larger than the host's rewards and settlement of every epoch's payouts, booked through the
 * domain rules: the ledger balances throughout and every epoch accrues exactly what it emitted.
 */
class LedgerInvariantsTest {

    private static final BigInteger ATH = BigInteger.TEN.pow(18);
    private static final String ALICE = "0x00000000000000000000000000000000000000a1";
    private static final String BOB = "0x00000000000000000000000000000000000000b2";
    private static final String CAROL = "0x00000000000000000000000000000000000000c3";
    private static final String HOST_1 = "0x00000000000000000000000000000000000000d1";
    private static final String HOST_2 = "0x00000000000000000000000000000000000000d2";

    private final EpochCalendar calendar = new EpochCalendar(LocalDate.parse("2026-01-01"), LocalTime.parse("00:01"),
            Duration.ofDays(7), Duration.ofMinutes(2));
    private final StakerSplit stakerSplit = new StakerSplit(new RewardPower(calendar, new LockMultipliers(List.of(
            new LockMultipliers.Bracket(1, BigDecimal.ONE), new LockMultipliers.Bracket(20, new BigDecimal("1.25"))))));
    private final EmissionBooking booking = new EmissionBooking(new VestingPlan(List.of(
            new VestingPlan.Tranche(3000, Duration.ZERO), new VestingPlan.Tranche(3000, Duration.ofDays(90)),
            new VestingPlan.Tranche(4000, Duration.ofDays(180)))));
    private final ContainerEmission containers = new ContainerEmission(ath(1_001).add(BigInteger.valueOf(7)), 5000);
    private final ClaimTerms claimTerms = new ClaimTerms(ath(30), Duration.ofDays(180), Duration.ofDays(30), 2500);
    private final LockedSchedule aiCampaign = LockedSchedule.lock(
            new EmissionSchedule("ai", StakingPool.AI, new BigDecimal("30000000"), 24, 0),
            new AthUsdRate(new BigDecimal("0.05"), "configured", calendar.genesis()));
    private final LockedSchedule gamingCampaign = LockedSchedule.lock(
            new EmissionSchedule("gaming", StakingPool.GAMING, new BigDecimal("1000.01"), 5, 1),
            new AthUsdRate(new BigDecimal("0.037"), "configured", calendar.genesis()));

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final Random random = new Random(7);

    @Test
    void the_ledger_balances_and_each_epoch_accrues_exactly_what_it_emitted() {
        List<LockSnapshot> locks = List.of(
                new LockSnapshot(ALICE, "AI", ath(1_000), calendar.genesis().minusSeconds(60),
                        calendar.epoch(30).startsAt()),
                new LockSnapshot(BOB, "AI", ath(333).add(BigInteger.ONE), calendar.genesis().minusSeconds(60),
                        calendar.epoch(3).startsAt()),
                new LockSnapshot(CAROL, "GAMING", ath(50), calendar.epoch(2).startsAt().plusSeconds(3_600),
                        calendar.epoch(12).startsAt()));
        Map<String, BigInteger> payable = new HashMap<>();
        Map<String, BigInteger> paid = new HashMap<>();
        BigInteger aiEmitted = BigInteger.ZERO;

        for (long n = 0; n < 40; n++) {
            Epoch epoch = calendar.epoch(n);
            List<EmissionResult> results = new ArrayList<>();
            for (LockedSchedule campaign : List.of(aiCampaign, gamingCampaign)) {
                StakingPool pool = campaign.schedule().pool();
                BigInteger scheduled = campaign.emissionIn(n);
                List<LockSnapshot> standing = locks.stream()
                        .filter(lock -> lock.unlockTime().isAfter(epoch.startsAt())).toList();
                results.add(booking.staker(epoch, pool, scheduled, stakerSplit.split(epoch, pool, scheduled, standing)));
                if (pool == StakingPool.AI) {
                    aiEmitted = aiEmitted.add(scheduled);
                }
            }
            for (Origin pool : List.of(Origin.PROOF_OF_CAPACITY, Origin.PROOF_OF_DELIVERY)) {
                Map<ContainerShare, Long> units = n % 9 == 4 ? Map.of() : Map.of(
                        new ContainerShare("c-1", HOST_1), 60L * 8 * (1 + random.nextInt(10_000)),
                        new ContainerShare("c-2", HOST_2), 60L * 4 * random.nextInt(10_000));
                results.add(booking.containers(epoch, pool, containers.of(pool),
                        ContainerSplit.split(containers.of(pool), units)));
            }
            List<Accrual> accruals = new ArrayList<>();
            for (EmissionResult result : results) {
                result.entry().ifPresent(entry -> assertThat(ledger.book(entry)).isTrue());
                result.grants().forEach(ledger::open);
                accruals.addAll(result.accruals());
            }
            Instant midweek = epoch.startsAt().plus(Duration.ofDays(3));
            bookCheckerReward(n, HOST_1, ath(7));
            bookProviderFee(n, HOST_2, ath(13), midweek);
            if (n == 2 || n == 9) {
                claim(ALICE, ClaimOption.QUICK_30_DAYS, midweek, payable);
            }
            if (n == 5) {
                claim(HOST_1, ClaimOption.VEST_180_DAYS, midweek, payable);
            }
            if (n == 6) {
                slash(HOST_1, ath(100_000));
            }

            VestingRelease release = VestingRelease.upTo(n, epoch.endsAt(), ledger.openGrants());
            release.entry().ifPresent(ledger::book);
            ledger.released(release.releasedByGrant());
            JournalEntry.Builder settlement = JournalEntry.builder("settlement:" + n, EntryKind.SETTLEMENT, n);
            release.payouts().forEach((owner, amount) -> {
                settlement.move(LedgerAccount.payout(owner), LedgerAccount.claimable(owner), amount);
                paid.merge(owner, amount, BigInteger::add);
            });
            settlement.build().ifPresent(ledger::book);

            BigInteger scheduled = sum(results.stream().map(EmissionResult::scheduledWei).toList());
            BigInteger accrued = sum(accruals.stream().filter(a -> a.kind().emission()).map(Accrual::amountWei).toList());
            BigInteger toWallets = sum(results.stream().flatMap(r -> r.entry().stream())
                    .flatMap(entry -> entry.lines().stream())
                    .filter(line -> line.account().bucket().wallet()).map(JournalEntry.Line::amountWei).toList());
            BigInteger returned = sum(results.stream().map(EmissionResult::returnedWei).toList());
            assertThat(accrued).as("epoch %d accrues what it emitted", n).isEqualTo(toWallets);
            assertThat(accrued.add(returned)).as("epoch %d shares out its schedule", n).isEqualTo(scheduled);
        }

        assertThat(ledger.entries()).allSatisfy(entry -> assertThat(sum(entry.lines().stream()
                .map(JournalEntry.Line::amountWei).toList())).isZero());
        assertThat(ledger.sumOfAllLines()).isZero();
        assertThat(ledger.balances()).allSatisfy((account, balance) -> {
            if (account.bucket().wallet()) {
                assertThat(balance).as(account.toString()).isNotNegative();
            }
        });
        assertThat(aiEmitted).isEqualTo(aiCampaign.totalWei());
        assertThat(ledger.balance(LedgerAccount.returned(Origin.STAKER_GAMING)))
                .as("Carol locked after epoch 2 started: the GAMING pool had nobody in epochs 1 and 2")
                .isEqualTo(gamingCampaign.emissionIn(1).add(gamingCampaign.emissionIn(2)));
        assertThat(paid).as("claims long over are paid out in full").isEqualTo(payable);
        assertThat(ledger.sumOf(Bucket.CLAIMING)).isZero();
        assertThat(ledger.sumOf(Bucket.SLASHED)).isPositive();
    }

    private void bookCheckerReward(long epoch, String owner, BigInteger amount) {
        ledger.book(JournalEntry.builder("checker:" + epoch, EntryKind.CHECKER_REWARD, epoch)
                .move(LedgerAccount.source(Origin.CHECKER), LedgerAccount.available(owner, Origin.CHECKER), amount)
                .build().orElseThrow());
    }

    private void bookProviderFee(long epoch, String owner, BigInteger amount, Instant accruedAt) {
        ledger.book(JournalEntry.builder("fee:" + epoch, EntryKind.PROVIDER_FEE, epoch)
                .move(LedgerAccount.source(Origin.PROVIDER_FEE), LedgerAccount.vesting(owner, Origin.PROVIDER_FEE),
                        amount)
                .build().orElseThrow());
        ledger.open(VestingGrant.of(UUID.randomUUID(), owner, Bucket.VESTING, Origin.PROVIDER_FEE, amount, accruedAt,
                Duration.ofDays(45)));
    }

    private void claim(String owner, ClaimOption option, Instant at, Map<String, BigInteger> payable) {
        Map<Origin, BigInteger> available = ledger.available(owner);
        BigInteger amount = sum(List.copyOf(available.values())).multiply(BigInteger.valueOf(3)).divide(BigInteger.TEN);
        ClaimPlan plan = ClaimPlan.of(UUID.randomUUID(), owner, amount, option, available, claimTerms, at);
        assertThat(ledger.book(plan.entry())).isTrue();
        ledger.open(plan.grant());
        payable.merge(owner, plan.payableWei(), BigInteger::add);
    }

    private void slash(String owner, BigInteger amount) {
        Map<Origin, BigInteger> available = ledger.available(owner);
        SlashPlan plan = SlashPlan.of(owner, amount, ledger.openGrants().stream()
                .filter(grant -> grant.owner().equals(owner)).toList(), available);
        plan.entry("s-1").ifPresent(ledger::book);
        plan.fromVesting().forEach(take -> ledger.slashed(take.grant().id(), take.amountWei()));
        assertThat(plan.fromRewardsWei().add(plan.fromBondWei())).isEqualTo(amount);
        assertThat(plan.fromBondWei()).as("the slash is larger than the host's rewards").isPositive();
        assertThat(ledger.available(owner)).doesNotContainKeys(Origin.PROOF_OF_CAPACITY, Origin.PROOF_OF_DELIVERY);
    }

    private static BigInteger ath(long ath) {
        return BigInteger.valueOf(ath).multiply(ATH);
    }

    private static BigInteger sum(List<BigInteger> amounts) {
        return amounts.stream().reduce(BigInteger.ZERO, BigInteger::add);
    }
}
