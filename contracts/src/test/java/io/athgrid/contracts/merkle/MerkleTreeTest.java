package io.athgrid.contracts.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class MerkleTreeTest {

    @Test
    void aSingleLeafIsItsOwnRootWithAnEmptyProof() {
        byte[] leaf = leaf(1);
        MerkleTree tree = MerkleTree.of(List.of(leaf));

        assertThat(tree.root()).isEqualTo(leaf);
        assertThat(tree.proof(leaf)).isEmpty();
        assertThat(MerkleTree.verify(List.of(), tree.root(), leaf)).isTrue();
    }

    @Test
    void twoLeavesHashAsASortedPair() {
        byte[] a = leaf(1);
        byte[] b = leaf(2);
        byte[] smallerFirst = Arrays.compareUnsigned(a, b) < 0 ? concat(a, b) : concat(b, a);

        assertThat(MerkleTree.of(List.of(a, b)).root()).isEqualTo(Hash.sha3(smallerFirst));
        assertThat(MerkleTree.of(List.of(b, a)).root()).isEqualTo(Hash.sha3(smallerFirst));
    }

    @Test
    void everyLeafOfTreesOfManySizesProvesAgainstTheRoot() {
        for (int size = 1; size <= 17; size++) {
            List<byte[]> leaves = IntStream.range(0, size).mapToObj(MerkleTreeTest::leaf).toList();
            MerkleTree tree = MerkleTree.of(leaves);

            assertThat(tree.size()).isEqualTo(size);
            for (byte[] leaf : leaves) {
                assertThat(MerkleTree.verify(tree.proof(leaf), tree.root(), leaf)).as("size %d", size).isTrue();
            }
        }
    }

    @Test
    void theRootDoesNotDependOnTheOrderLeavesArriveIn() {
        List<byte[]> leaves = new ArrayList<>(IntStream.range(0, 9).mapToObj(MerkleTreeTest::leaf).toList());
        String root = MerkleTree.of(leaves).rootHex();

        Collections.reverse(leaves);
        assertThat(MerkleTree.of(leaves).rootHex()).isEqualTo(root);
    }

    @Test
    void aTamperedLeafOrProofDoesNotVerify() {
        List<byte[]> leaves = IntStream.range(0, 5).mapToObj(MerkleTreeTest::leaf).toList();
        MerkleTree tree = MerkleTree.of(leaves);
        List<byte[]> proof = tree.proof(leaves.get(2));

        assertThat(MerkleTree.verify(proof, tree.root(), leaf(99))).isFalse();
        List<byte[]> tampered = new ArrayList<>(proof);
        tampered.set(0, leaf(98));
        assertThat(MerkleTree.verify(tampered, tree.root(), leaves.get(2))).isFalse();
        assertThat(MerkleTree.verify(proof.subList(1, proof.size()), tree.root(), leaves.get(2))).isFalse();
    }

    @Test
    void refusesNoLeavesMalformedHashesAndUnknownLeaves() {
        MerkleTree tree = MerkleTree.of(List.of(leaf(1), leaf(2)));

        assertThatThrownBy(() -> MerkleTree.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.of(List.of(new byte[31]))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.proof(leaf(3))).isInstanceOf(IllegalArgumentException.class);
        assertThat(tree.contains(leaf(1))).isTrue();
        assertThat(tree.contains(leaf(3))).isFalse();
    }

    @Test
    void returnsCopiesSoCallersCannotAlterTheTree() {
        MerkleTree tree = MerkleTree.of(List.of(leaf(1), leaf(2)));
        String root = tree.rootHex();

        tree.root()[0] ^= 1;
        tree.proof(leaf(1)).get(0)[0] ^= 1;

        assertThat(tree.rootHex()).isEqualTo(root);
        assertThat(MerkleTree.verify(tree.proof(leaf(1)), tree.root(), leaf(1))).isTrue();
    }

    private static byte[] leaf(int seed) {
        return Hash.sha3(Numeric.toBytesPadded(BigInteger.valueOf(seed), 32));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
