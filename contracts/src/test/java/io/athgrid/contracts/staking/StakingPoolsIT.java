package io.athgrid.contracts.staking;

import static io.athgrid.contracts.DevnetFixture.ath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tuples.generated.Tuple3;

import io.athgrid.contracts.DevnetFixture;
import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.StakingPools;

/** Locks in the AI and GAMING pools on a real anvil: bounds, one lock per pool, only growing, no early exit. */
class StakingPoolsIT {

    private static final BigInteger AI = BigInteger.ZERO;
    private static final BigInteger GAMING = BigInteger.ONE;
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration FOUR_YEARS = Duration.ofDays(4 * 365);
    private static final String OUT_OF_RANGE = "LockDurationOutOfRange(uint256,uint256,uint256)";

    private static final DevnetFixture devnet = DevnetFixture.shared();
    private static final Credentials alice = devnet.account(1);

    private DevnetContracts contracts;
    private StakingPools pools;

    @BeforeEach
    void aliceHoldsAthApprovedForThePools() throws Exception {
        contracts = devnet.deploy();
        devnet.as(devnet.admin(), contracts::athToken).mint(alice.getAddress(), ath(1_000)).send();
        token().approve(contracts.stakingPools(), ath(1_000)).send();
        pools = devnet.as(alice, contracts::stakingPools);
    }

    @Test
    void aHolderLocksInBothPoolsAndTheViewsAndEventsTellTheStakingService() throws Exception {
        TransactionReceipt locked = pools.lock(AI, ath(100), seconds(Duration.ofDays(30))).send();
        pools.lock(GAMING, ath(50), seconds(WEEK)).send();

        BigInteger start = devnet.blockTime(locked);
        BigInteger unlock = start.add(seconds(Duration.ofDays(30)));
        assertThat(pools.lockOf(alice.getAddress(), AI).send()).isEqualTo(new Tuple3<>(ath(100), start, unlock));
        assertThat(pools.lockOf(alice.getAddress(), GAMING).send().component1()).isEqualTo(ath(50));
        assertThat(pools.totalLocked(AI).send()).isEqualTo(ath(100));
        assertThat(pools.totalLocked(GAMING).send()).isEqualTo(ath(50));
        assertThat(token().balanceOf(alice.getAddress()).send()).isEqualTo(ath(850));
        assertThat(token().balanceOf(contracts.stakingPools()).send()).isEqualTo(ath(150));

        var event = pools.getStakeLockedEvents(locked).get(0);
        assertThat(event.holder).isEqualToIgnoringCase(alice.getAddress());
        assertThat(event.pool).isEqualTo(AI);
        assertThat(event.amount).isEqualTo(ath(100));
        assertThat(event.start).isEqualTo(start);
        assertThat(event.unlockTime).isEqualTo(unlock);
    }

    @Test
    void locksLastFromOneWeekToFourYears() throws Exception {
        assertThatThrownBy(() -> pools.lock(AI, ath(1), seconds(WEEK).subtract(BigInteger.ONE)).send())
                .satisfies(devnet.revertedWith(OUT_OF_RANGE));
        assertThatThrownBy(() -> pools.lock(AI, ath(1), seconds(FOUR_YEARS).add(BigInteger.ONE)).send())
                .satisfies(devnet.revertedWith(OUT_OF_RANGE));

        pools.lock(AI, ath(1), seconds(WEEK)).send();
        pools.lock(GAMING, ath(1), seconds(FOUR_YEARS)).send();

        assertThat(pools.MIN_LOCK_DURATION().send()).isEqualTo(seconds(WEEK));
        assertThat(pools.MAX_LOCK_DURATION().send()).isEqualTo(seconds(FOUR_YEARS));
        assertThat(pools.totalLocked(AI).send()).isEqualTo(ath(1));
        assertThat(pools.totalLocked(GAMING).send()).isEqualTo(ath(1));
    }

    @Test
    void aHolderHasOneLockPerPoolAndOnlyTwoPoolsExist() throws Exception {
        pools.lock(AI, ath(10), seconds(WEEK)).send();

        assertThatThrownBy(() -> pools.lock(AI, ath(10), seconds(WEEK)).send())
                .satisfies(devnet.revertedWith("LockExists(address,uint8)"));
        assertThatThrownBy(() -> pools.lock(BigInteger.TWO, ath(10), seconds(WEEK)).send())
                .satisfies(devnet.revertedWith("UnknownPool(uint8)"));
        assertThatThrownBy(() -> pools.lock(GAMING, BigInteger.ZERO, seconds(WEEK)).send())
                .satisfies(devnet.revertedWith("ZeroAmount()"));
        assertThat(pools.lockOf(alice.getAddress(), AI).send().component1()).isEqualTo(ath(10));
    }

    @Test
    void amountAndUnlockTimeCanOnlyGrow() throws Exception {
        pools.lock(AI, ath(100), seconds(Duration.ofDays(30))).send();
        BigInteger unlock = pools.lockOf(alice.getAddress(), AI).send().component3();

        TransactionReceipt increased = pools.increaseAmount(AI, ath(25)).send();
        var added = pools.getStakeIncreasedEvents(increased).get(0);
        assertThat(added.added).isEqualTo(ath(25));
        assertThat(added.amount).isEqualTo(ath(125));
        assertThat(added.unlockTime).isEqualTo(unlock);

        assertThatThrownBy(() -> pools.extendLock(AI, unlock).send())
                .satisfies(devnet.revertedWith("UnlockTimeNotLater(uint64,uint64)"));
        assertThatThrownBy(() -> pools.extendLock(AI, unlock.subtract(BigInteger.ONE)).send())
                .satisfies(devnet.revertedWith("UnlockTimeNotLater(uint64,uint64)"));
        BigInteger pastMaximum = devnet.latestBlockTime().add(seconds(FOUR_YEARS)).add(seconds(Duration.ofDays(1)));
        assertThatThrownBy(() -> pools.extendLock(AI, pastMaximum).send())
                .satisfies(devnet.revertedWith(OUT_OF_RANGE));

        BigInteger later = unlock.add(seconds(Duration.ofDays(60)));
        TransactionReceipt extended = pools.extendLock(AI, later).send();
        assertThat(pools.getLockExtendedEvents(extended).get(0).unlockTime).isEqualTo(later);

        Tuple3<BigInteger, BigInteger, BigInteger> lock = pools.lockOf(alice.getAddress(), AI).send();
        assertThat(lock.component1()).isEqualTo(ath(125));
        assertThat(lock.component3()).isEqualTo(later);
        assertThatThrownBy(() -> pools.increaseAmount(GAMING, ath(1)).send())
                .satisfies(devnet.revertedWith("NoLock(address,uint8)"));
    }

    @Test
    void tokensLeaveOnlyAfterTheUnlockTime() throws Exception {
        pools.lock(GAMING, ath(40), seconds(WEEK)).send();

        assertThatThrownBy(() -> pools.withdraw(GAMING).send()).satisfies(devnet.revertedWith("StillLocked(address,uint8,uint64)"));
        devnet.advanceTime(WEEK.minusHours(1));
        assertThatThrownBy(() -> pools.withdraw(GAMING).send()).satisfies(devnet.revertedWith("StillLocked(address,uint8,uint64)"));
        assertThat(token().balanceOf(alice.getAddress()).send()).isEqualTo(ath(960));

        devnet.advanceTime(Duration.ofHours(1));
        assertThatThrownBy(() -> pools.increaseAmount(GAMING, ath(1)).send())
                .satisfies(devnet.revertedWith("LockExpired(address,uint8,uint64)"));
        TransactionReceipt withdrawn = pools.withdraw(GAMING).send();

        assertThat(pools.getStakeWithdrawnEvents(withdrawn).get(0).amount).isEqualTo(ath(40));
        assertThat(token().balanceOf(alice.getAddress()).send()).isEqualTo(ath(1_000));
        assertThat(pools.lockOf(alice.getAddress(), GAMING).send())
                .isEqualTo(new Tuple3<>(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO));
        assertThat(pools.totalLocked(GAMING).send()).isZero();
        assertThatThrownBy(() -> pools.withdraw(GAMING).send()).satisfies(devnet.revertedWith("NoLock(address,uint8)"));

        pools.lock(GAMING, ath(40), seconds(WEEK)).send();
        assertThat(pools.lockOf(alice.getAddress(), GAMING).send().component1()).isEqualTo(ath(40));
    }

    private AthToken token() {
        return devnet.as(alice, contracts::athToken);
    }

    private static BigInteger seconds(Duration duration) {
        return BigInteger.valueOf(duration.toSeconds());
    }
}
