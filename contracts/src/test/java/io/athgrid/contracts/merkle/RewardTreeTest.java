package io.athgrid.contracts.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class RewardTreeTest {

    private static final BigInteger EPOCH = BigInteger.valueOf(7);

    /**
     * The root and proofs that {@code StandardMerkleTree.of(values, ["uint256","address","uint256"])}
     * of npm {@code @openzeppelin/merkle-tree} 1.0.8 computes for these five leaves: anyone with the
     * JavaScript library recomputes what the staking-service posts.
     */
    private static final List<RewardLeaf> OPENZEPPELIN_VECTOR = List.of(
            leaf("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "1000000000000000000"),
            leaf("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "250500000000000000001"),
            leaf("0x90F79bf6EB2c4f870365E785982E1f101E93b906", "1"),
            leaf("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", "42000000000000000000000000000"),
            leaf("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc", "3"));

    @Test
    void matchesOpenZeppelinsStandardMerkleTree() {
        RewardTree tree = RewardTree.of(EPOCH, OPENZEPPELIN_VECTOR);

        assertThat(tree.rootHex()).isEqualTo("0xe4770d8a6b675138ef278502980d275400de6fa1ca3ae1bc1f53025fd4127285");
        assertThat(hex(tree.proof("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"))).containsExactly(
                "0x0c2b949fed19d487acd47805d890a81d5f3fef5d69b287a93fdfb24d8d3e00b9",
                "0xc2200f80da52b9cb28acea0c7f043b58be18428b94cf532c745df3908e88ffff",
                "0xab0c6cb41874d33e35efee698ba13a12e4dfc670e8f21dad22841329cf7bbc9c");
        assertThat(hex(tree.proof("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"))).containsExactly(
                "0x23621b82a51303c9549d46fa40716aa1693bb8f91f8b83f2e1fc7b3861d1b71d",
                "0xab0c6cb41874d33e35efee698ba13a12e4dfc670e8f21dad22841329cf7bbc9c");
        assertThat(hex(tree.proof("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65"))).containsExactly(
                "0x8122de0fad14816eb52aff8d2ea606c6ec74e90c81d9ff2ff529f2c404d7e6b4",
                "0x38cb4a6c1df95077ce22e0085e6e7e8fba2755499cd11664ba6d393ea48932bb");
    }

    @Test
    void aOneAccountEpochHasTheLeafAsItsRoot() {
        RewardTree tree = RewardTree.of(EPOCH, List.of(OPENZEPPELIN_VECTOR.get(0)));

        assertThat(tree.rootHex()).isEqualTo("0x0d9027960066e03471ffdf9fdb58deceb5bf17a1ad1adeb0d610180f3ed51512");
        assertThat(tree.proof(OPENZEPPELIN_VECTOR.get(0).account())).isEmpty();
    }

    @Test
    void theTotalIsTheSumOfAllAmountsAndEveryProofVerifies() {
        RewardTree tree = RewardTree.of(EPOCH, OPENZEPPELIN_VECTOR);

        assertThat(tree.total()).isEqualTo(new BigInteger("42000000251500000000000000005"));
        for (RewardLeaf leaf : OPENZEPPELIN_VECTOR) {
            assertThat(MerkleTree.verify(tree.proof(leaf.account()), tree.root(), leaf.hash())).isTrue();
            assertThat(tree.leafOf(leaf.account().toUpperCase().replace("0X", "0x"))).contains(leaf);
        }
    }

    @Test
    void refusesEmptyEpochsForeignLeavesAndAccountsTwice() {
        RewardLeaf first = OPENZEPPELIN_VECTOR.get(0);
        RewardLeaf sameAccountAgain = new RewardLeaf(EPOCH, first.account(), BigInteger.TWO);
        RewardLeaf otherEpoch = new RewardLeaf(EPOCH.add(BigInteger.ONE), first.account(), BigInteger.TWO);

        assertThatThrownBy(() -> RewardTree.of(EPOCH, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RewardTree.of(EPOCH, List.of(first, sameAccountAgain)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> RewardTree.of(EPOCH, List.of(first, otherEpoch)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epoch");
        assertThatThrownBy(() -> RewardTree.of(EPOCH, OPENZEPPELIN_VECTOR).proof("0x" + "ab".repeat(20)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RewardLeaf leaf(String account, String amount) {
        return new RewardLeaf(EPOCH, account, new BigInteger(amount));
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Numeric::toHexString).toList();
    }
}
