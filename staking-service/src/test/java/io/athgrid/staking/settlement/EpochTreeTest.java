package io.athgrid.staking.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.contracts.merkle.MerkleTree;
import io.athgrid.contracts.merkle.RewardLeaf;
import io.athgrid.contracts.merkle.RewardTree;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class EpochTreeTest {

    private static final long EPOCH = 7;

    /**
     * The vector contracts' RewardTreeTest pins from npm @openzeppelin/merkle-tree 1.0.8 (values
     * {@code [7, index, account, amount]}, indices in account order).
     */
    private static final SortedMap<String, BigInteger> OPENZEPPELIN_VECTOR = new TreeMap<>();

    static {
        OPENZEPPELIN_VECTOR.put("0x70997970c51812dc3a010c7d01b50e0d17dc79c8", new BigInteger("1000000000000000000"));
        OPENZEPPELIN_VECTOR.put("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc", new BigInteger("250500000000000000001"));
        OPENZEPPELIN_VECTOR.put("0x90f79bf6eb2c4f870365e785982e1f101e93b906", BigInteger.ONE);
        OPENZEPPELIN_VECTOR.put("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65", new BigInteger("42000000000000000000000000000"));
        OPENZEPPELIN_VECTOR.put("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc", BigInteger.valueOf(3));
    }

    @Test
    void it_computes_openzeppelins_root_and_proofs() {
        EpochTree tree = EpochTree.of(EPOCH, OPENZEPPELIN_VECTOR).orElseThrow();

        assertThat(tree.rootHex()).isEqualTo("0x66cbbb362e45fc85be9aed006c5eb04c843f1c58083f1897d62d1368663d6021");
        assertThat(tree.total()).isEqualTo(new BigInteger("42000000251500000000000000005"));
        assertThat(hex(tree.proof(indexOf("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")))).containsExactly(
                "0x0ccdd4057ba2c1c7c96dd0409b1b104ded6d9521460c566671055fe9275917da",
                "0xf150febce7349c059b32f2084895e6681b23eb91e95dd071a1bee351b6717f09",
                "0x6b6e549375a60e19bfc17789a3e1408aee2057501d226e5384059810ccb731fb");
        assertThat(hex(tree.proof(indexOf("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65")))).containsExactly(
                "0x7d2291d136e9dfc93b434d769f27a9e868f29190a95112833091b08eb8bcd9cc",
                "0x9c60f33a432be8b1730c2f85834a0166b917a5f3890b542beddfcffce6df2ee5");
    }

    @Test
    void it_agrees_with_the_contracts_reward_tree_for_every_size_and_every_proof_verifies() {
        Random random = new Random(42);
        for (int size : new int[] {1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100, 1_000}) {
            SortedMap<String, BigInteger> payouts = randomPayouts(random, size);

            EpochTree tree = EpochTree.of(EPOCH, payouts).orElseThrow();
            RewardTree reference = RewardTree.of(EPOCH, payouts);

            assertThat(tree.rootHex()).as("root of %d leaves", size).isEqualTo(reference.rootHex());
            assertThat(tree.total()).isEqualTo(reference.total());
            byte[] nodes = tree.nodes();
            for (int i = 0; i < tree.size(); i++) {
                EpochTree.Leaf leaf = tree.leaf(i);
                List<byte[]> proof = split(tree.proof(i));
                assertThat(hex(proof)).isEqualTo(hex(reference.proof(leaf.account())));
                RewardLeaf rewardLeaf = reference.leafOf(leaf.account()).orElseThrow();
                assertThat(leaf.index()).isEqualTo(i).isEqualTo(rewardLeaf.index().intValueExact());
                assertThat(leaf.amount()).isEqualTo(rewardLeaf.amount());
                assertThat(MerkleTree.verify(proof, Numeric.hexStringToByteArray(tree.rootHex()), rewardLeaf.hash()))
                        .isTrue();
                assertThat(Numeric.toHexString(nodes, leaf.node() * 32, 32, true))
                        .isEqualTo(Numeric.toHexString(rewardLeaf.hash()));
            }
        }
    }

    @Test
    void leaves_come_in_account_order_and_accounts_with_nothing_to_claim_are_left_out() {
        SortedMap<String, BigInteger> payouts = new TreeMap<>(OPENZEPPELIN_VECTOR);
        payouts.put("0x00000000000000000000000000000000000000aa", BigInteger.ZERO);

        EpochTree tree = EpochTree.of(EPOCH, payouts).orElseThrow();

        assertThat(tree.size()).isEqualTo(5);
        assertThat(tree.leaf(0).account()).isEqualTo("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");
        assertThat(tree.leaf(0).index()).isZero();
        assertThat(tree.leaf(4).index()).isEqualTo(4);
        assertThat(tree.rootHex()).isEqualTo("0x66cbbb362e45fc85be9aed006c5eb04c843f1c58083f1897d62d1368663d6021");
    }

    @Test
    void an_epoch_where_nobody_has_anything_to_claim_has_no_tree() {
        SortedMap<String, BigInteger> nothing = new TreeMap<>();
        nothing.put("0x00000000000000000000000000000000000000aa", BigInteger.ZERO);

        assertThat(EpochTree.of(EPOCH, nothing)).isEmpty();
        assertThat(EpochTree.of(EPOCH, new TreeMap<>())).isEmpty();
    }

    @Test
    void one_account_is_its_own_root_with_an_empty_proof() {
        SortedMap<String, BigInteger> one = new TreeMap<>();
        one.put("0x70997970c51812dc3a010c7d01b50e0d17dc79c8", new BigInteger("1000000000000000000"));

        EpochTree tree = EpochTree.of(EPOCH, one).orElseThrow();

        assertThat(tree.rootHex()).isEqualTo("0xd070092dea50d0813e7696200ec29418193d86cc1dff105518d92e64021f4090");
        assertThat(tree.proof(0)).isEmpty();
    }

    @Test
    void malformed_accounts_and_amounts_outside_uint256_are_refused() {
        assertThatThrownBy(() -> EpochTree.of(EPOCH, single("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", BigInteger.ONE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> EpochTree.of(EPOCH, single("0x1234", BigInteger.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpochTree.of(EPOCH, single("0x" + "ab".repeat(20), BigInteger.ONE.negate())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpochTree.of(EPOCH, single("0x" + "ab".repeat(20), BigInteger.ONE.shiftLeft(256))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SortedMap<String, BigInteger> single(String account, BigInteger amount) {
        SortedMap<String, BigInteger> payouts = new TreeMap<>();
        payouts.put(account, amount);
        return payouts;
    }

    private static int indexOf(String account) {
        return new ArrayList<>(OPENZEPPELIN_VECTOR.keySet()).indexOf(account);
    }

    static SortedMap<String, BigInteger> randomPayouts(Random random, int size) {
        SortedMap<String, BigInteger> payouts = new TreeMap<>();
        while (payouts.size() < size) {
            byte[] address = new byte[20];
            random.nextBytes(address);
            payouts.put(Numeric.toHexString(address), new BigInteger(80, random).add(BigInteger.ONE));
        }
        return payouts;
    }

    private static List<byte[]> split(byte[] proof) {
        List<byte[]> hashes = new ArrayList<>();
        for (int offset = 0; offset < proof.length; offset += 32) {
            hashes.add(Arrays.copyOfRange(proof, offset, offset + 32));
        }
        return hashes;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Numeric::toHexString).toList();
    }

    private static List<String> hex(byte[] proof) {
        return hex(split(proof));
    }
}
