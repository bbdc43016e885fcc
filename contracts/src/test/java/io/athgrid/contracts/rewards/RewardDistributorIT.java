package io.athgrid.contracts.rewards;

import static io.athgrid.contracts.DevnetFixture.ath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

import io.athgrid.contracts.DevnetFixture;
import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.RewardDistributor;
import io.athgrid.contracts.merkle.RewardLeaf;
import io.athgrid.contracts.merkle.RewardTree;

/** Epoch roots and Merkle claims (one bit per leaf index) on a real anvil, with the tree built by the Java helper. */
class RewardDistributorIT {

    private static final BigInteger EPOCH = BigInteger.valueOf(12);
    private static final String INVALID_PROOF = "InvalidProof(uint256,uint256,address,uint256)";
    private static final String ALREADY_CLAIMED = "AlreadyClaimed(uint256,uint256)";

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
        rewards = RewardTree.of(EPOCH, Map.of(
                alice.getAddress(), new BigInteger("1234500000000000000001"),
                bob.getAddress(), ath(30),
                carol.getAddress(), BigInteger.ONE));
    }

    @Test
    void theDevnetDistributorIsFundedAndTheDeployerSettles() throws Exception {
        assertThat(token().balanceOf(contracts.rewardDistributor()).send()).isEqualTo(DevnetContracts.REWARD_FUNDING);
        assertThat(asSettler.hasRole(asSettler.SETTLER_ROLE().send(), admin.getAddress()).send()).isTrue();
    }

    @Test
    void theContractHashesLeavesExactlyAsTheJavaHelperDoes() throws Exception {
        for (RewardLeaf leaf : rewards.leaves()) {
            assertThat(asSettler.leaf(leaf.epoch(), leaf.index(), leaf.account(), leaf.amount()).send())
                    .isEqualTo(leaf.hash());
        }
        RewardLeaf large = new RewardLeaf(BigInteger.ONE.shiftLeft(200), BigInteger.valueOf(70_000),
                alice.getAddress(), BigInteger.ONE.shiftLeft(255));
        assertThat(asSettler.leaf(large.epoch(), large.index(), large.account(), large.amount()).send())
                .isEqualTo(large.hash());
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
    }

    @Test
    void aValidProofPaysTheAccountExactlyItsAmountOnce() throws Exception {
        asSettler.postRoot(EPOCH, rewards.root(), rewards.total()).send();
        RewardLeaf leaf = rewards.leafOf(alice.getAddress()).orElseThrow();
        RewardDistributor asCarol = devnet.as(carol, contracts::rewardDistributor);

        TransactionReceipt claimed = claim(asCarol, leaf);

        var event = asCarol.getRewardClaimedEvents(claimed).get(0);
        assertThat(event.epoch).isEqualTo(EPOCH);
        assertThat(event.account).isEqualToIgnoringCase(alice.getAddress());
        assertThat(event.amount).isEqualTo(leaf.amount());
        assertThat(token().balanceOf(alice.getAddress()).send()).isEqualTo(leaf.amount());
        assertThat(token().balanceOf(carol.getAddress()).send()).isZero();
        assertThat(token().balanceOf(contracts.rewardDistributor()).send())
                .isEqualTo(DevnetContracts.REWARD_FUNDING.subtract(leaf.amount()));
        assertThat(asCarol.isClaimed(EPOCH, leaf.index()).send()).isTrue();
        assertThat(asCarol.isClaimed(EPOCH, index(bob)).send()).isFalse();

        assertThatThrownBy(() -> claim(asCarol, leaf)).satisfies(devnet.revertedWith(ALREADY_CLAIMED));
        assertThat(token().balanceOf(alice.getAddress()).send()).isEqualTo(leaf.amount());
    }

    @Test
    void aWrongAmountIndexProofOrEpochIsRefused() throws Exception {
        asSettler.postRoot(EPOCH, rewards.root(), rewards.total()).send();
        RewardDistributor asBob = devnet.as(bob, contracts::rewardDistributor);
        String account = bob.getAddress();
        BigInteger index = index(bob);
        List<byte[]> proof = rewards.proof(account);

        assertThatThrownBy(() -> asBob.claim(EPOCH, index, account, ath(30).add(BigInteger.ONE), proof).send())
                .satisfies(devnet.revertedWith(INVALID_PROOF));
        assertThatThrownBy(() -> asBob.claim(EPOCH, index.add(BigInteger.ONE), account, ath(30), proof).send())
                .satisfies(devnet.revertedWith(INVALID_PROOF));
        assertThatThrownBy(() -> asBob.claim(EPOCH, index, account, ath(30), rewards.proof(alice.getAddress())).send())
                .satisfies(devnet.revertedWith(INVALID_PROOF));
        assertThatThrownBy(() -> asBob.claim(EPOCH, index, account, ath(30), List.of()).send())
                .satisfies(devnet.revertedWith(INVALID_PROOF));
        assertThatThrownBy(() -> asBob.claim(EPOCH.add(BigInteger.ONE), index, account, ath(30), proof).send())
                .satisfies(devnet.revertedWith("NoRoot(uint256)"));

        assertThat(token().balanceOf(account).send()).isZero();
        assertThat(asBob.isClaimed(EPOCH, index).send()).isFalse();
        asBob.claim(EPOCH, index, account, ath(30), proof).send();
        assertThat(token().balanceOf(account).send()).isEqualTo(ath(30));
    }

    @Test
    void eachLeafIsItsOwnBitSoClaimsInOneWordDoNotDisturbEachOther() throws Exception {
        asSettler.postRoot(EPOCH, rewards.root(), rewards.total()).send();
        RewardDistributor asCarol = devnet.as(carol, contracts::rewardDistributor);

        for (RewardLeaf leaf : rewards.leaves()) {
            claim(asCarol, leaf);
        }

        for (RewardLeaf leaf : rewards.leaves()) {
            assertThat(asCarol.isClaimed(EPOCH, leaf.index()).send()).isTrue();
            assertThat(token().balanceOf(leaf.account()).send()).isEqualTo(leaf.amount());
            assertThatThrownBy(() -> claim(asCarol, leaf)).satisfies(devnet.revertedWith(ALREADY_CLAIMED));
        }
        assertThat(asCarol.isClaimed(EPOCH, BigInteger.valueOf(3)).send()).isFalse();
        assertThat(asCarol.isClaimed(EPOCH.add(BigInteger.ONE), BigInteger.ZERO).send()).isFalse();
        assertThat(token().balanceOf(contracts.rewardDistributor()).send())
                .isEqualTo(DevnetContracts.REWARD_FUNDING.subtract(rewards.total()));
    }

    @Test
    void theTotalIsOnlyAnnouncedSoTheOffChainSumCheckIsTheGuard() throws Exception {
        // Nothing on chain compares claims with the total posted: a root whose leaves add up to more
        // still pays, up to the distributor's balance. The settlement side posts sum(leaves) only.
        asSettler.postRoot(EPOCH, rewards.root(), BigInteger.ONE).send();
        RewardDistributor asBob = devnet.as(bob, contracts::rewardDistributor);

        claim(asBob, rewards.leafOf(bob.getAddress()).orElseThrow());

        assertThat(token().balanceOf(bob.getAddress()).send()).isEqualTo(ath(30));
    }

    @Test
    void aClaimBeyondTheDistributorsBalanceRevertsAndRecordsNothing() throws Exception {
        RewardTree tooMuch = RewardTree.of(EPOCH, Map.of(bob.getAddress(), DevnetContracts.REWARD_FUNDING.add(BigInteger.ONE)));
        asSettler.postRoot(EPOCH, tooMuch.root(), tooMuch.total()).send();
        RewardDistributor asBob = devnet.as(bob, contracts::rewardDistributor);
        RewardLeaf leaf = tooMuch.leafOf(bob.getAddress()).orElseThrow();

        assertThatThrownBy(() -> asBob.claim(EPOCH, leaf.index(), leaf.account(), leaf.amount(), tooMuch.proof(leaf.account()))
                .send()).satisfies(devnet.revertedWith("ERC20InsufficientBalance(address,uint256,uint256)"));
        assertThat(asBob.isClaimed(EPOCH, leaf.index()).send()).isFalse();
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

    private TransactionReceipt claim(RewardDistributor as, RewardLeaf leaf) throws Exception {
        return as.claim(leaf.epoch(), leaf.index(), leaf.account(), leaf.amount(), rewards.proof(leaf.account())).send();
    }

    private BigInteger index(Credentials account) {
        return rewards.leafOf(account.getAddress()).orElseThrow().index();
    }

    private AthToken token() {
        return devnet.as(carol, contracts::athToken);
    }
}
