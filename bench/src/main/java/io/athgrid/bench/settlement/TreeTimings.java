package io.athgrid.bench.settlement;

import io.athgrid.contracts.merkle.MerkleTree;
import io.athgrid.contracts.merkle.RewardLeaf;
import io.athgrid.contracts.merkle.RewardTree;
import io.athgrid.staking.settlement.EpochTree;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.web3j.utils.Numeric;

/**
 * Reward lines to root and every proof with the staking-service's EpochTree, timed per run; a
 * sample of proofs is checked the way the contract checks them. Optionally the contracts
 * module's RewardTree on the same lines, for comparison.
 */
final class TreeTimings {

    /** Every this many leaves a proof is verified against the root. */
    private static final int VERIFY_EVERY = 997;

    record Run(long buildMillis, long proofsMillis) {
        long totalMillis() {
            return buildMillis + proofsMillis;
        }
    }

    private TreeTimings() {
    }

    /** One run: the tree (root and all nodes), then every account's proof. */
    static Run time(long epoch, SortedMap<String, BigInteger> lines, EpochTree[] built) {
        long start = System.nanoTime();
        EpochTree tree = EpochTree.of(epoch, lines).orElseThrow();
        long treeDone = System.nanoTime();
        long proofBytes = 0;
        byte[] root = Numeric.hexStringToByteArray(tree.rootHex());
        for (int i = 0; i < tree.size(); i++) {
            byte[] proof = tree.proof(i);
            proofBytes += proof.length;
            if (i % VERIFY_EVERY == 0) {
                verify(epoch, tree, i, proof, root);
            }
        }
        long proofsDone = System.nanoTime();
        if (proofBytes == 0 && tree.size() > 1) {
            throw new IllegalStateException("no proofs were produced");
        }
        built[0] = tree;
        return new Run((treeDone - start) / 1_000_000, (proofsDone - treeDone) / 1_000_000);
    }

    /** The contracts module's RewardTree on the same lines: root and every proof. */
    static Run timeRewardTree(long epoch, SortedMap<String, BigInteger> lines, String expectedRoot) {
        long start = System.nanoTime();
        RewardTree tree = RewardTree.of(epoch, lines);
        long treeDone = System.nanoTime();
        for (String account : lines.keySet()) {
            tree.proof(account);
        }
        long proofsDone = System.nanoTime();
        if (!tree.rootHex().equals(expectedRoot)) {
            throw new IllegalStateException("RewardTree and EpochTree disagree: " + tree.rootHex() + " vs " + expectedRoot);
        }
        return new Run((treeDone - start) / 1_000_000, (proofsDone - treeDone) / 1_000_000);
    }

    private static void verify(long epoch, EpochTree tree, int i, byte[] proof, byte[] root) {
        EpochTree.Leaf leaf = tree.leaf(i);
        List<byte[]> siblings = new ArrayList<>();
        for (int offset = 0; offset < proof.length; offset += 32) {
            byte[] sibling = new byte[32];
            System.arraycopy(proof, offset, sibling, 0, 32);
            siblings.add(sibling);
        }
        byte[] leafHash = new RewardLeaf(epoch, leaf.index(), leaf.account(), leaf.amount()).hash();
        if (!MerkleTree.verify(siblings, root, leafHash)) {
            throw new IllegalStateException("the proof of " + leaf.account() + " does not verify");
        }
    }
}
