package io.athgrid.contracts.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class RewardTreeTest {

    private static final BigInteger EPOCH = BigInteger.valueOf(7);

    /**
     * The root and proofs that {@code StandardMerkleTree.of(values, ["uint256","uint256","address","uint256"])}
     * of npm {@code @openzeppelin/merkle-tree} 1.0.8 computes for these five accounts, with values
     * {@code [7, index, account, amount]} and the indices of the accounts sorted ascending: anyone
     * with the JavaScript library recomputes what the staking-service posts.
     */
    private static final Map<String, BigInteger> OPENZEPPELIN_VECTOR = vector();

    @Test
    void matchesOpenZeppelinsStandardMerkleTree() {
        RewardTree tree = RewardTree.of(EPOCH, OPENZEPPELIN_VECTOR);

        assertThat(tree.rootHex()).isEqualTo("0x66cbbb362e45fc85be9aed006c5eb04c843f1c58083f1897d62d1368663d6021");
        assertThat(hex(tree.proof("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"))).containsExactly(
                "0x0ccdd4057ba2c1c7c96dd0409b1b104ded6d9521460c566671055fe9275917da",
                "0xf150febce7349c059b32f2084895e6681b23eb91e95dd071a1bee351b6717f09",
                "0x6b6e549375a60e19bfc17789a3e1408aee2057501d226e5384059810ccb731fb");
        assertThat(hex(tree.proof("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"))).containsExactly(
                "0xd8c3e9a44898ea5cc26e0937244c43f021284a0d4cb079e4f59eb01eab84380e",
                "0x9c60f33a432be8b1730c2f85834a0166b917a5f3890b542beddfcffce6df2ee5");
        assertThat(hex(tree.proof("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65"))).containsExactly(
                "0x7d2291d136e9dfc93b434d769f27a9e868f29190a95112833091b08eb8bcd9cc",
                "0x9c60f33a432be8b1730c2f85834a0166b917a5f3890b542beddfcffce6df2ee5");
    }

    @Test
    void indicesNumberTheAccountsInAscendingOrderWhateverOrderTheyArriveIn() {
        RewardTree tree = RewardTree.of(EPOCH, OPENZEPPELIN_VECTOR);

        assertThat(tree.leaves()).extracting(RewardLeaf::account).containsExactly(
                "0x15d34aaf54267db7d7c367839aaf71a00a2c6a65", "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc",
                "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "0x90f79bf6eb2c4f870365e785982e1f101e93b906",
                "0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc");
        assertThat(tree.leaves()).extracting(leaf -> leaf.index().intValueExact()).containsExactly(0, 1, 2, 3, 4);
        assertThat(tree.leafOf("0x90F79bf6EB2c4f870365E785982E1f101E93b906").orElseThrow().index())
                .isEqualTo(BigInteger.valueOf(3));
    }

    @Test
    void aOneAccountEpochHasTheLeafAsItsRoot() {
        RewardTree tree = RewardTree.of(EPOCH, Map.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                new BigInteger("1000000000000000000")));

        assertThat(tree.rootHex()).isEqualTo("0xd070092dea50d0813e7696200ec29418193d86cc1dff105518d92e64021f4090");
        assertThat(tree.proof("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")).isEmpty();
    }

    @Test
    void theTotalIsTheSumOfAllAmountsAndEveryProofVerifies() {
        RewardTree tree = RewardTree.of(EPOCH, OPENZEPPELIN_VECTOR);

        assertThat(tree.total()).isEqualTo(new BigInteger("42000000251500000000000000005"));
        for (RewardLeaf leaf : tree.leaves()) {
            assertThat(MerkleTree.verify(tree.proof(leaf.account()), tree.root(), leaf.hash())).isTrue();
            assertThat(tree.leafOf(leaf.account().toUpperCase().replace("0X", "0x"))).contains(leaf);
        }
    }

    @Test
    void refusesEmptyEpochsAndAnAccountTwiceInAnyCase() {
        Map<String, BigInteger> twice = new LinkedHashMap<>();
        twice.put("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", BigInteger.ONE);
        twice.put("0x70997970c51812dc3a010c7d01b50e0d17dc79c8", BigInteger.TWO);

        assertThatThrownBy(() -> RewardTree.of(EPOCH, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RewardTree.of(EPOCH, twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> RewardTree.of(EPOCH, OPENZEPPELIN_VECTOR).proof("0x" + "ab".repeat(20)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, BigInteger> vector() {
        Map<String, BigInteger> amounts = new LinkedHashMap<>();
        amounts.put("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", new BigInteger("1000000000000000000"));
        amounts.put("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", new BigInteger("250500000000000000001"));
        amounts.put("0x90F79bf6EB2c4f870365E785982E1f101E93b906", BigInteger.ONE);
        amounts.put("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", new BigInteger("42000000000000000000000000000"));
        amounts.put("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc", BigInteger.valueOf(3));
        return amounts;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Numeric::toHexString).toList();
    }
}
