package io.athgrid.contracts.merkle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rewards of one epoch as the RewardDistributor expects them: one leaf per account, the
 * Merkle root to post and the total to post with it, and each account's proof for {@code claim}.
 *
 * <p>Leaf indices are defined by the accounts alone: the accounts sorted ascending as lower-case
 * 0x hex (the same as ascending by their 160-bit value) are numbered 0, 1, 2 ... So anyone with
 * an epoch's (account, amount) list computes the same leaves, and the contract's claimed bitmap
 * has one bit per account.
 */
public final class RewardTree {

    private final BigInteger epoch;
    private final List<RewardLeaf> leaves;
    private final Map<String, RewardLeaf> leavesByAccount;
    private final BigInteger total;
    private final MerkleTree tree;

    private RewardTree(BigInteger epoch, List<RewardLeaf> leaves, Map<String, RewardLeaf> leavesByAccount,
            BigInteger total, MerkleTree tree) {
        this.epoch = epoch;
        this.leaves = leaves;
        this.leavesByAccount = leavesByAccount;
        this.total = total;
        this.tree = tree;
    }

    /**
     * Builds the tree of {@code epoch} from each account's amount: at least one account, no account
     * twice in any letter case (the claimed bitmap has one bit per leaf).
     */
    public static RewardTree of(BigInteger epoch, Map<String, BigInteger> amountsByAccount) {
        if (amountsByAccount.isEmpty()) {
            throw new IllegalArgumentException("epoch " + epoch + " has no rewards: nothing to post");
        }
        TreeMap<String, BigInteger> sorted = new TreeMap<>();
        amountsByAccount.forEach((account, amount) -> {
            String lower = account == null ? null : account.toLowerCase(Locale.ROOT);
            if (sorted.containsKey(lower)) {
                throw new IllegalArgumentException("account " + lower + " appears twice in epoch " + epoch);
            }
            sorted.put(lower, amount);
        });
        List<RewardLeaf> leaves = new ArrayList<>(sorted.size());
        BigInteger total = BigInteger.ZERO;
        for (Map.Entry<String, BigInteger> payout : sorted.entrySet()) {
            RewardLeaf leaf = new RewardLeaf(epoch, BigInteger.valueOf(leaves.size()), payout.getKey(), payout.getValue());
            leaves.add(leaf);
            total = total.add(leaf.amount());
        }
        Map<String, RewardLeaf> byAccount = new TreeMap<>();
        leaves.forEach(leaf -> byAccount.put(leaf.account(), leaf));
        MerkleTree tree = MerkleTree.of(leaves.stream().map(RewardLeaf::hash).toList());
        return new RewardTree(epoch, List.copyOf(leaves), byAccount, total, tree);
    }

    public static RewardTree of(long epoch, Map<String, BigInteger> amountsByAccount) {
        return of(BigInteger.valueOf(epoch), amountsByAccount);
    }

    public BigInteger epoch() {
        return epoch;
    }

    /** The root for {@code postRoot(epoch, root, total)}. */
    public byte[] root() {
        return tree.root();
    }

    public String rootHex() {
        return tree.rootHex();
    }

    /** The sum of all amounts: the {@code total} for {@code postRoot}. */
    public BigInteger total() {
        return total;
    }

    /** Every leaf, in index order. */
    public List<RewardLeaf> leaves() {
        return leaves;
    }

    public Optional<RewardLeaf> leafOf(String account) {
        return Optional.ofNullable(leavesByAccount.get(account.toLowerCase(Locale.ROOT)));
    }

    /**
     * The proof {@code account} passes to {@code claim} with its index and amount.
     *
     * @throws IllegalArgumentException if the account has no reward in this epoch
     */
    public List<byte[]> proof(String account) {
        RewardLeaf leaf = leafOf(account).orElseThrow(() ->
                new IllegalArgumentException("account " + account + " has no reward in epoch " + epoch));
        return tree.proof(leaf.hash());
    }
}
