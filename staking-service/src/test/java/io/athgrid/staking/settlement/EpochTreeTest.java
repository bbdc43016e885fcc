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

    /** The vector contracts' RewardTreeTest pins from npm @openzeppelin/merkle-tree 1.0.8. */
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

        assertThat(tree.rootHex()).isEqualTo("0xe4770d8a6b675138ef278502980d275400de6fa1ca3ae1bc1f53025fd4127285");
        assertThat(tree.total()).isEqualTo(new BigInteger("42000000251500000000000000005"));
        assertThat(hex(tree.proof(indexOf("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")))).containsExactly(
                "0x0c2b949fed19d487acd47805d890a81d5f3fef5d69b287a93fdfb24d8d3e00b9",
                "0xc2200f80da52b9cb28acea0c7f043b58be18428b94cf532c745df3908e88ffff",
                "0xab0c6cb41874d33e35efee698ba13a12e4dfc670e8f21dad22841329cf7bbc9c");
        assertThat(hex(tree.proof(indexOf("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65")))).containsExactly(
                "0x8122de0fad14816eb52aff8d2ea606c6ec74e90c81d9ff2ff529f2c404d7e6b4",
                "0x38cb4a6c1df95077ce22e0085e6e7e8fba2755499cd11664ba6d393ea48932bb");
    }

    @Test
    void it_agrees_with_the_contracts_reward_tree_for_every_size_and_every_proof_verifies() {
        Random random = new Random(42);
        for (int size : new int[] {1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100, 1_000}) {
            SortedMap<String, BigInteger> payouts = randomPayouts(random, size);

            EpochTree tree = EpochTree.of(EPOCH, payouts).orElseThrow();
            RewardTree reference = RewardTree.of(BigInteger.valueOf(EPOCH), payouts.entrySet().stream()
                    .map(entry -> new RewardLeaf(BigInteger.valueOf(EPOCH), entry.getKey(), entry.getValue())).toList());

            assertThat(tree.rootHex()).as("root of %d leaves", size).isEqualTo(reference.rootHex());
            assertThat(tree.total()).isEqualTo(reference.total());
            byte[] nodes = tree.nodes();
            for (int i = 0; i < tree.size(); i++) {
                EpochTree.Leaf leaf = tree.leaf(i);
                List<byte[]> proof = split(tree.proof(i));
                assertThat(hex(proof)).isEqualTo(hex(reference.proof(leaf.account())));
                RewardLeaf rewardLeaf = new RewardLeaf(BigInteger.valueOf(EPOCH), leaf.account(), leaf.amount());
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
        assertThat(tree.rootHex()).isEqualTo("0xe4770d8a6b675138ef278502980d275400de6fa1ca3ae1bc1f53025fd4127285");
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

        assertThat(tree.rootHex()).isEqualTo("0x0d9027960066e03471ffdf9fdb58deceb5bf17a1ad1adeb0d610180f3ed51512");
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
