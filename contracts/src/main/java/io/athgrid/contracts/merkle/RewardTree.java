package io.athgrid.contracts.merkle;

import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rewards of one epoch as the RewardDistributor expects them: one leaf per account, the
 * Merkle root to post and the total to post with it, and each account's proof for {@code claim}.
 */
public final class RewardTree {

    private final BigInteger epoch;
    private final Map<String, RewardLeaf> leavesByAccount;
    private final BigInteger total;
    private final MerkleTree tree;

    private RewardTree(BigInteger epoch, Map<String, RewardLeaf> leavesByAccount, BigInteger total, MerkleTree tree) {
        this.epoch = epoch;
        this.leavesByAccount = leavesByAccount;
        this.total = total;
        this.tree = tree;
    }

    /**
     * Builds the tree of {@code epoch} from {@code leaves}: at least one, all of that epoch, no
     * account twice (the contract records claims per epoch and account).
     */
    public static RewardTree of(BigInteger epoch, Collection<RewardLeaf> leaves) {
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("epoch " + epoch + " has no rewards: nothing to post");
        }
        Map<String, RewardLeaf> byAccount = new LinkedHashMap<>();
        BigInteger total = BigInteger.ZERO;
        for (RewardLeaf leaf : leaves) {
            if (!leaf.epoch().equals(epoch)) {
                throw new IllegalArgumentException("leaf of epoch " + leaf.epoch() + " in the tree of epoch " + epoch);
            }
            if (byAccount.putIfAbsent(leaf.account(), leaf) != null) {
                throw new IllegalArgumentException("account " + leaf.account() + " appears twice in epoch " + epoch);
            }
            total = total.add(leaf.amount());
        }
        MerkleTree tree = MerkleTree.of(byAccount.values().stream().map(RewardLeaf::hash).toList());
        return new RewardTree(epoch, Map.copyOf(byAccount), total, tree);
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

    public Optional<RewardLeaf> leafOf(String account) {
        return Optional.ofNullable(leavesByAccount.get(account.toLowerCase(Locale.ROOT)));
    }

    /**
     * The proof {@code account} passes to {@code claim} with its amount.
     *
     * @throws IllegalArgumentException if the account has no reward in this epoch
     */
    public List<byte[]> proof(String account) {
        RewardLeaf leaf = leafOf(account).orElseThrow(() ->
                new IllegalArgumentException("account " + account + " has no reward in epoch " + epoch));
        return tree.proof(leaf.hash());
    }
}
