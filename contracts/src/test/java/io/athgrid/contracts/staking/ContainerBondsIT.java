package io.athgrid.contracts.staking;

import static io.athgrid.contracts.DevnetFixture.ath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tuples.generated.Tuple3;

import io.athgrid.contracts.DevnetFixture;
import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.ContainerBonds;

/** Container bonds on a real anvil: owner-only changes, slashing by SLASHER_ROLE, the unbonding period. */
class ContainerBondsIT {

    private static final byte[] CONTAINER = Hash.sha3("container-7f3a".getBytes());
    private static final byte[] EVIDENCE = Hash.sha3("signed checker reports".getBytes());
    private static final String UNAUTHORIZED = "AccessControlUnauthorizedAccount(address,bytes32)";

    private static final DevnetFixture devnet = DevnetFixture.shared();
    private static final Credentials admin = devnet.admin();
    private static final Credentials alice = devnet.account(1);
    private static final Credentials bob = devnet.account(2);

    private DevnetContracts contracts;
    private ContainerBonds asAlice;
    private ContainerBonds asSlasher;

    @BeforeEach
    void aliceBondsHerContainer() throws Exception {
        contracts = devnet.deploy();
        devnet.as(admin, contracts::athToken).mint(alice.getAddress(), ath(1_000)).send();
        token(alice).approve(contracts.containerBonds(), ath(1_000)).send();
        asAlice = devnet.as(alice, contracts::containerBonds);
        asSlasher = devnet.as(admin, contracts::containerBonds);
        asAlice.bond(CONTAINER, ath(100)).send();
    }

    @Test
    void theFirstBondMakesItsPosterTheOwnerWhoAloneMayIncreaseIt() throws Exception {
        byte[] other = Hash.sha3("container-other".getBytes());
        TransactionReceipt posted = asAlice.bond(other, ath(10)).send();
        var event = asAlice.getBondPostedEvents(posted).get(0);
        assertThat(event.containerId).isEqualTo(other);
        assertThat(event.owner).isEqualToIgnoringCase(alice.getAddress());

        TransactionReceipt increased = asAlice.bond(CONTAINER, ath(50)).send();
        assertThat(asAlice.getBondIncreasedEvents(increased).get(0).amount).isEqualTo(ath(150));
        assertThat(asAlice.bondOf(CONTAINER).send())
                .isEqualTo(new Tuple3<>(alice.getAddress().toLowerCase(), ath(150), BigInteger.ZERO));

        ContainerBonds asBob = devnet.as(bob, contracts::containerBonds);
        assertThatThrownBy(() -> asBob.bond(CONTAINER, ath(1)).send())
                .satisfies(devnet.revertedWith("NotBondOwner(bytes32,address,address)"));
        assertThat(token(alice).balanceOf(contracts.containerBonds()).send()).isEqualTo(ath(160));
    }

    @Test
    void onlyTheSlasherSlashesAndNeverMoreThanTheBond() throws Exception {
        ContainerBonds asBob = devnet.as(bob, contracts::containerBonds);
        assertThatThrownBy(() -> asBob.slash(CONTAINER, ath(1), EVIDENCE).send()).satisfies(devnet.revertedWith(UNAUTHORIZED));

        TransactionReceipt slashed = asSlasher.slash(CONTAINER, ath(40), EVIDENCE).send();
        var event = asSlasher.getBondSlashedEvents(slashed).get(0);
        assertThat(event.amount).isEqualTo(ath(40));
        assertThat(event.remaining).isEqualTo(ath(60));
        assertThat(event.evidenceHash).isEqualTo(EVIDENCE);
        assertThat(event.treasury).isEqualToIgnoringCase(admin.getAddress());
        assertThat(token(admin).balanceOf(admin.getAddress()).send()).isEqualTo(ath(40));

        assertThatThrownBy(() -> asSlasher.slash(CONTAINER, ath(60).add(BigInteger.ONE), EVIDENCE).send())
                .satisfies(devnet.revertedWith("SlashExceedsBond(bytes32,uint256,uint256)"));
        asSlasher.slash(CONTAINER, ath(60), EVIDENCE).send();
        assertThat(asSlasher.bondOf(CONTAINER).send().component2()).isZero();
        assertThatThrownBy(() -> asSlasher.slash(Hash.sha3("unknown".getBytes()), ath(1), EVIDENCE).send())
                .satisfies(devnet.revertedWith("NoBond(bytes32)"));
    }

    @Test
    void slashesGoToTheTreasuryTheAdminSets() throws Exception {
        ContainerBonds asBob = devnet.as(bob, contracts::containerBonds);
        assertThatThrownBy(() -> asBob.setTreasury(bob.getAddress()).send()).satisfies(devnet.revertedWith(UNAUTHORIZED));

        asSlasher.setTreasury(bob.getAddress()).send();
        asSlasher.slash(CONTAINER, ath(7), EVIDENCE).send();

        assertThat(asSlasher.treasury().send()).isEqualToIgnoringCase(bob.getAddress());
        assertThat(token(bob).balanceOf(bob.getAddress()).send()).isEqualTo(ath(7));
    }

    @Test
    void theOwnerWithdrawsOnlyAfterTheUnbondingPeriodAndIsSlashableUntilThen() throws Exception {
        Duration period = DevnetContracts.UNBONDING_PERIOD;
        assertThat(asAlice.unbondingPeriod().send()).isEqualTo(BigInteger.valueOf(period.toSeconds()));
        assertThat(asAlice.DEFAULT_UNBONDING_PERIOD().send()).isEqualTo(BigInteger.valueOf(period.toSeconds()));
        assertThatThrownBy(() -> asAlice.withdraw(CONTAINER).send()).satisfies(devnet.revertedWith("NotUnbonding(bytes32)"));
        ContainerBonds asBob = devnet.as(bob, contracts::containerBonds);
        assertThatThrownBy(() -> asBob.startUnbonding(CONTAINER).send())
                .satisfies(devnet.revertedWith("NotBondOwner(bytes32,address,address)"));

        TransactionReceipt started = asAlice.startUnbonding(CONTAINER).send();
        BigInteger end = devnet.blockTime(started).add(BigInteger.valueOf(period.toSeconds()));
        assertThat(asAlice.getUnbondingStartedEvents(started).get(0).unbondingEnd).isEqualTo(end);
        assertThat(asAlice.bondOf(CONTAINER).send().component3()).isEqualTo(end);
        assertThatThrownBy(() -> asAlice.bond(CONTAINER, ath(1)).send())
                .satisfies(devnet.revertedWith("UnbondingInProgress(bytes32,uint64)"));
        assertThatThrownBy(() -> asAlice.startUnbonding(CONTAINER).send())
                .satisfies(devnet.revertedWith("UnbondingInProgress(bytes32,uint64)"));

        devnet.advanceTime(period.minusHours(1));
        assertThatThrownBy(() -> asAlice.withdraw(CONTAINER).send())
                .satisfies(devnet.revertedWith("UnbondingNotFinished(bytes32,uint64)"));
        asSlasher.slash(CONTAINER, ath(30), EVIDENCE).send();

        devnet.advanceTime(Duration.ofHours(1));
        TransactionReceipt withdrawn = asAlice.withdraw(CONTAINER).send();

        assertThat(asAlice.getBondWithdrawnEvents(withdrawn).get(0).amount).isEqualTo(ath(70));
        assertThat(token(alice).balanceOf(alice.getAddress()).send()).isEqualTo(ath(970));
        assertThat(asAlice.bondOf(CONTAINER).send().component2()).isZero();
        assertThatThrownBy(() -> asSlasher.slash(CONTAINER, ath(1), EVIDENCE).send())
                .satisfies(devnet.revertedWith("NoBond(bytes32)"));
    }

    private AthToken token(Credentials sender) {
        return devnet.as(sender, contracts::athToken);
    }
}
