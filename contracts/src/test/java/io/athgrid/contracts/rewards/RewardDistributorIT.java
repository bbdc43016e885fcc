package io.athgrid.contracts.rewards;

import static io.athgrid.contracts.DevnetFixture.ath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tuples.generated.Tuple2;

import io.athgrid.contracts.DevnetFixture;
import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.RewardDistributor;
import io.athgrid.contracts.merkle.RewardLeaf;
import io.athgrid.contracts.merkle.RewardTree;

/** Epoch roots and Merkle claims on a real anvil, with the tree built by the Java helper. */
class RewardDistributorIT {

    private static final BigInteger EPOCH = BigInteger.valueOf(12);
    private static final String INVALID_PROOF = "InvalidProof(uint256,address,uint256)";

    private static final DevnetFixture devnet = DevnetFixture.shared();
    private static final Credentials admin = devnet.admin();
    private static final Credentials alice = devnet.account(1);
    private static final Credentials bob = devnet.account(2);
    private static final Credentials carol = devnet.account(3);

    private DevnetContracts contracts;
    private RewardDistributor asSettler;
    private RewardTree rewards;

    @BeforeEach
    void deployAndComputeTheEpochsRewards() {
        contracts = devnet.deploy();
        asSettler = devnet.as(admin, contracts::rewardDistributor);
        rewards = RewardTree.of(EPOCH, List.of(
                new RewardLeaf(EPOCH, alice.getAddress(), new BigInteger("1234500000000000000001")),
                new RewardLeaf(EPOCH, bob.getAddress(), ath(30)),
                new RewardLeaf(EPOCH, carol.getAddress(), BigInteger.ONE)));
    }

    @Test
    void theDevnetDistributorIsFundedAndTheDeployerSettles() throws Exception {
        assertThat(token().balanceOf(contracts.rewardDistributor()).send()).isEqualTo(DevnetContracts.REWARD_FUNDING);
        assertThat(asSettler.hasRole(asSettler.SETTLER_ROLE().send(), admin.getAddress()).send()).isTrue();
    }

    @Test
    void theContractHashesLeavesExactlyAsTheJavaHelperDoes() throws Exception {
        RewardLeaf leaf = rewards.leafOf(alice.getAddress()).orElseThrow();

        assertThat(asSettler.leaf(leaf.epoch(), leaf.account(), leaf.amount()).send()).isEqualTo(leaf.hash());
    }

    @Test
    void anEpochRootIsPostedOnceAndOnlyByTheSettler() throws Exception {
        RewardDistributor asBob = devnet.as(bob, contracts::rewardDistributor);
        assertThatThrownBy(() -> asBob.postRoot(EPOCH, rewards.root(), rewards.total()).send())
                .satisfies(devnet.revertedWith("AccessControlUnauthorizedAccount(address,bytes32)"));
        assertThatThrownBy(() -> asSettler.postRoot(EPOCH, new byte[32], rewards.total()).send())
                .satisfies(devnet.revertedWith("ZeroRoot()"));

        TransactionReceipt posted = asSettler.postRoot(EPOCH, rewards.root(), rewards.total()).send();
        var event = asSettler.getEpochRootPostedEvents(posted).get(0);
        assertThat(event.epoch).isEqualTo(EPOCH);
        assertThat(event.root).isEqualTo(rewards.root());
        assertThat(event.total).isEqualTo(rewards.total());

        assertThatThrownBy(() -> asSettler.postRoot(EPOCH, rewards.root(), rewards.total()).send())
                .satisfies(devnet.revertedWith("RootAlreadyPosted(uint256,bytes32)"));
        assertThatThrownBy(() -> asSettler.postRoot(EPOCH, Hash.sha3("other".getBytes()), BigInteger.ONE).send())
                .satisfies(devnet.revertedWith("RootAlreadyPosted(uint256,bytes32)"));
        assertThat(asSettler.rootOf(EPOCH).send()).isEqualTo(rewards.root());
        assertThat(asSettler.epochTotals(EPOCH).send()).isEqualTo(new Tuple2<>(rewards.total(), BigInteger.ZERO));
    }

    @Test
    void aValidProofPaysTheAccountExactlyItsAmountOnce() throws Exception {
        asSettler.postRoot(EPOCH, rewards.root(), rewards.total()).send();
        RewardLeaf leaf = rewards.leafOf(alice.getAddress()).orElseThrow();
        RewardDistributor asCarol = devnet.as(carol, contracts::rewardDistributor);

        TransactionReceipt claimed = asCarol.claim(EPOCH, leaf.account(), leaf.amount(), rewards.proof(leaf.account())).send();

        var event = asCarol.getRewardClaimedEvents(claimed).get(0);
        assertThat(event.epoch).isEqualTo(EPOCH);
        assertThat(event.account).isEqualToIgnoringCase(alice.getAddress());
        assertThat(event.amount).isEqualTo(leaf.amount());
        assertThat(token().balanceOf(alice.getAddress()).send()).isEqualTo(leaf.amount());
        assertThat(token().balanceOf(carol.getAddress()).send()).isZero();
        assertThat(token().balanceOf(contracts.rewardDistributor()).send())
                .isEqualTo(DevnetContracts.REWARD_FUNDING.subtract(leaf.amount()));
        assertThat(asCarol.isClaimed(EPOCH, alice.getAddress()).send()).isTrue();
        assertThat(asCarol.isClaimed(EPOCH, bob.getAddress()).send()).isFalse();
        assertThat(asCarol.epochTotals(EPOCH).send().component2()).isEqualTo(leaf.amount());

        assertThatThrownBy(() -> asCarol.claim(EPOCH, leaf.account(), leaf.amount(), rewards.proof(leaf.account())).send())
                .satisfies(devnet.revertedWith("AlreadyClaimed(uint256,address)"));
        assertThat(token().balanceOf(alice.getAddress()).send()).isEqualTo(leaf.amount());
    }

    @Test
    void aWrongAmountProofOrEpochIsRefused() throws Exception {
        asSettler.postRoot(EPOCH, rewards.root(), rewards.total()).send();
        RewardDistributor asBob = devnet.as(bob, contracts::rewardDistributor);
        String account = bob.getAddress();
        List<byte[]> proof = rewards.proof(account);

        assertThatThrownBy(() -> asBob.claim(EPOCH, account, ath(30).add(BigInteger.ONE), proof).send())
                .satisfies(devnet.revertedWith(INVALID_PROOF));
        assertThatThrownBy(() -> asBob.claim(EPOCH, account, ath(30), rewards.proof(alice.getAddress())).send())
                .satisfies(devnet.revertedWith(INVALID_PROOF));
        assertThatThrownBy(() -> asBob.claim(EPOCH, account, ath(30), List.of()).send())
                .satisfies(devnet.revertedWith(INVALID_PROOF));
        assertThatThrownBy(() -> asBob.claim(EPOCH.add(BigInteger.ONE), account, ath(30), proof).send())
                .satisfies(devnet.revertedWith("NoRoot(uint256)"));

        assertThat(token().balanceOf(account).send()).isZero();
        assertThat(asBob.isClaimed(EPOCH, account).send()).isFalse();
        asBob.claim(EPOCH, account, ath(30), proof).send();
        assertThat(token().balanceOf(account).send()).isEqualTo(ath(30));
    }

    @Test
    void anEpochNeverPaysOutMoreThanTheTotalPostedWithItsRoot() throws Exception {
        BigInteger bobsAmount = ath(30);
        asSettler.postRoot(EPOCH, rewards.root(), bobsAmount).send();
        RewardDistributor asBob = devnet.as(bob, contracts::rewardDistributor);
        asBob.claim(EPOCH, bob.getAddress(), bobsAmount, rewards.proof(bob.getAddress())).send();

        assertThatThrownBy(() -> asBob.claim(EPOCH, carol.getAddress(), BigInteger.ONE,
                rewards.proof(carol.getAddress())).send())
                .satisfies(devnet.revertedWith("EpochTotalExceeded(uint256,uint256,uint256)"));
    }

    @Test
    void anyoneMayFundTheDistributorFromTheirOwnBalance() throws Exception {
        devnet.as(admin, contracts::athToken).mint(bob.getAddress(), ath(500)).send();
        devnet.as(bob, contracts::athToken).approve(contracts.rewardDistributor(), ath(500)).send();
        RewardDistributor asBob = devnet.as(bob, contracts::rewardDistributor);

        TransactionReceipt funded = asBob.fund(ath(500)).send();

        var event = asBob.getDistributorFundedEvents(funded).get(0);
        assertThat(event.funder).isEqualToIgnoringCase(bob.getAddress());
        assertThat(event.amount).isEqualTo(ath(500));
        assertThat(token().balanceOf(contracts.rewardDistributor()).send())
                .isEqualTo(DevnetContracts.REWARD_FUNDING.add(ath(500)));
        assertThat(token().balanceOf(bob.getAddress()).send()).isZero();
    }

    private AthToken token() {
        return devnet.as(carol, contracts::athToken);
    }
}
