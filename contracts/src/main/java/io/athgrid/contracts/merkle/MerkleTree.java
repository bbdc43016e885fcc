package io.athgrid.contracts.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * A Merkle tree over 32-byte leaf hashes, built exactly like OpenZeppelin's {@code StandardMerkleTree}
 * (npm {@code @openzeppelin/merkle-tree}) so its roots and proofs verify with Solidity's
 * {@code MerkleProof.verify}: leaves sorted ascending as unsigned bytes, laid out as a complete
 * binary tree in one array (root at 0, children of {@code i} at {@code 2i+1} and {@code 2i+2},
 * leaves at the end in reverse order), and each parent the keccak-256 of its two children in
 * ascending order ("sorted pairs"). Immutable.
 */
public final class MerkleTree {

    /** Bytes in a leaf, a node and a root. */
    public static final int HASH_LENGTH = 32;

    private final byte[][] nodes;
    private final Map<String, Integer> nodeIndexByLeaf;

    private MerkleTree(byte[][] nodes, Map<String, Integer> nodeIndexByLeaf) {
        this.nodes = nodes;
        this.nodeIndexByLeaf = nodeIndexByLeaf;
    }

    /** Builds the tree of {@code leafHashes} (in any order; at least one, each 32 bytes). */
    public static MerkleTree of(Collection<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
        }
        List<byte[]> leaves = new ArrayList<>(leafHashes.size());
        for (byte[] leaf : leafHashes) {
            leaves.add(requireHash(leaf, "leaf").clone());
        }
        leaves.sort(Arrays::compareUnsigned);

        byte[][] nodes = new byte[2 * leaves.size() - 1][];
        Map<String, Integer> nodeIndexByLeaf = new HashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            int nodeIndex = nodes.length - 1 - i;
            nodes[nodeIndex] = leaves.get(i);
            nodeIndexByLeaf.putIfAbsent(Numeric.toHexString(leaves.get(i)), nodeIndex);
        }
        for (int i = nodes.length - 1 - leaves.size(); i >= 0; i--) {
            nodes[i] = hashPair(nodes[2 * i + 1], nodes[2 * i + 2]);
        }
        return new MerkleTree(nodes, Map.copyOf(nodeIndexByLeaf));
    }

    /** The root; for a single leaf, the leaf itself. */
    public byte[] root() {
        return nodes[0].clone();
    }

    /** The root as 0x-prefixed lower-case hex. */
    public String rootHex() {
        return Numeric.toHexString(nodes[0]);
    }

    /** How many leaves the tree holds. */
    public int size() {
        return (nodes.length + 1) / 2;
    }

    public boolean contains(byte[] leafHash) {
        return nodeIndexByLeaf.containsKey(Numeric.toHexString(leafHash));
    }

    /**
     * The sibling hashes from {@code leafHash} up to the root, in the order
     * {@code MerkleProof.verify} consumes them; empty for a one-leaf tree.
     *
     * @throws IllegalArgumentException if the leaf is not in the tree
     */
    public List<byte[]> proof(byte[] leafHash) {
        Integer found = nodeIndexByLeaf.get(Numeric.toHexString(requireHash(leafHash, "leaf")));
        if (found == null) {
            throw new IllegalArgumentException("leaf " + Numeric.toHexString(leafHash) + " is not in the tree");
        }
        List<byte[]> proof = new ArrayList<>();
        for (int index = found; index > 0; index = (index - 1) / 2) {
            int sibling = index % 2 == 1 ? index + 1 : index - 1;
            proof.add(nodes[sibling].clone());
        }
        return proof;
    }

    /** What {@code MerkleProof.verify(proof, root, leaf)} answers on chain. */
    public static boolean verify(List<byte[]> proof, byte[] root, byte[] leafHash) {
        byte[] computed = requireHash(leafHash, "leaf");
        for (byte[] sibling : proof) {
            computed = hashPair(computed, requireHash(sibling, "proof element"));
        }
        return Arrays.equals(computed, requireHash(root, "root"));
    }

    /** keccak-256 of the two hashes concatenated smaller first: OpenZeppelin's commutative hash. */
    static byte[] hashPair(byte[] a, byte[] b) {
        boolean aFirst = Arrays.compareUnsigned(a, b) <= 0;
        byte[] pair = new byte[2 * HASH_LENGTH];
        System.arraycopy(aFirst ? a : b, 0, pair, 0, HASH_LENGTH);
        System.arraycopy(aFirst ? b : a, 0, pair, HASH_LENGTH, HASH_LENGTH);
        return Hash.sha3(pair);
    }

    private static byte[] requireHash(byte[] hash, String what) {
        if (hash == null || hash.length != HASH_LENGTH) {
            throw new IllegalArgumentException(what + " must be " + HASH_LENGTH + " bytes");
        }
        return hash;
    }
}
