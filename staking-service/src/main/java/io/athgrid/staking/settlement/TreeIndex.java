package io.athgrid.staking.settlement;

/**
 * Positions in OpenZeppelin's StandardMerkleTree layout: {@code 2n - 1} nodes in one array, the
 * root at 0, the children of {@code i} at {@code 2i + 1} and {@code 2i + 2}, and the leaves, sorted
 * ascending by hash, at the end in reverse order.
 */
public final class TreeIndex {

    private TreeIndex() {
    }

    public static int nodeCount(int leaves) {
        if (leaves < 1) {
            throw new IllegalArgumentException("a tree needs at least one leaf");
        }
        return 2 * leaves - 1;
    }

    /** The node of the leaf that is {@code sortedPosition}-th smallest by hash. */
    public static int leafNode(int sortedPosition, int leaves) {
        return nodeCount(leaves) - 1 - sortedPosition;
    }

    /** The nodes whose hashes make the proof of {@code node}, from the leaf's sibling up to the root's child. */
    public static int[] proofNodes(int node) {
        int[] path = new int[depth(node)];
        int index = node;
        for (int i = 0; i < path.length; i++) {
            path[i] = index % 2 == 1 ? index + 1 : index - 1;
            index = (index - 1) / 2;
        }
        return path;
    }

    /** Edges from {@code node} up to the root. */
    public static int depth(int node) {
        if (node < 0) {
            throw new IllegalArgumentException("no node " + node);
        }
        return 31 - Integer.numberOfLeadingZeros(node + 1);
    }
}
