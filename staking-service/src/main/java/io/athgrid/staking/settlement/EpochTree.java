package io.athgrid.staking.settlement;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.web3j.utils.Numeric;

/**
 * One epoch's payouts as the RewardDistributor's Merkle tree: the same root and proofs as
 * {@code io.athgrid.contracts.merkle.RewardTree} (OpenZeppelin's StandardMerkleTree with leaves
 * {@code keccak256(keccak256(abi.encode(uint256 epoch, uint256 index, address account, uint256 amount)))}),
 * built for epochs of a million accounts: all nodes in one byte array (stored as it is, so proofs
 * are read back as slices), leaf hashes on every core, digests reused. Immutable.
 *
 * <p>A leaf's index is its account's position among the accounts with something to claim, sorted
 * ascending (lower-case hex, the same as by address value): {@code RewardTree}'s definition, so the
 * leaves served by the API recompute the root, and the contract's claimed bitmap has one bit per account.
 */
public final class EpochTree {

    static final int HASH = 32;
    private static final int WORD = 32;
    private static final int PARALLEL_THRESHOLD = 4_096;
    /** The node array is one Java array of {@code (2n - 1) * 32} bytes. */
    private static final int MAX_LEAVES = Integer.MAX_VALUE / (2 * HASH);
    private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);
    private static final ThreadLocal<KeccakDigest> KECCAK = ThreadLocal.withInitial(() -> new KeccakDigest(256));
    private static final ThreadLocal<byte[]> ENCODED = ThreadLocal.withInitial(() -> new byte[4 * WORD]);

    private final long epoch;
    private final String[] accounts;
    private final BigInteger[] amounts;
    private final int[] nodeOf;
    private final byte[] nodes;
    private final BigInteger total;

    private EpochTree(long epoch, String[] accounts, BigInteger[] amounts, int[] nodeOf, byte[] nodes, BigInteger total) {
        this.epoch = epoch;
        this.accounts = accounts;
        this.amounts = amounts;
        this.nodeOf = nodeOf;
        this.nodes = nodes;
        this.total = total;
    }

    /**
     * The tree of {@code payouts} (lower-case 0x accounts to wei). Accounts with nothing to claim
     * are left out; empty when nobody has anything to claim.
     *
     * @throws IllegalArgumentException for a malformed account or an amount outside uint256
     */
    public static Optional<EpochTree> of(long epoch, SortedMap<String, BigInteger> payouts) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must not be negative: " + epoch);
        }
        List<String> accounts = new ArrayList<>(payouts.size());
        List<BigInteger> amounts = new ArrayList<>(payouts.size());
        BigInteger total = BigInteger.ZERO;
        for (Map.Entry<String, BigInteger> payout : payouts.entrySet()) {
            String account = requireAccount(payout.getKey());
            BigInteger amount = requireUint256(payout.getValue(), account);
            if (amount.signum() > 0) {
                accounts.add(account);
                amounts.add(amount);
                total = total.add(amount);
            }
        }
        if (accounts.isEmpty()) {
            return Optional.empty();
        }
        if (accounts.size() > MAX_LEAVES) {
            throw new IllegalArgumentException(accounts.size() + " accounts; one tree holds at most " + MAX_LEAVES);
        }
        requireUint256(total, "the total");
        return Optional.of(build(epoch, accounts.toArray(String[]::new), amounts.toArray(BigInteger[]::new),
                total));
    }

    private static EpochTree build(long epoch, String[] accounts, BigInteger[] amounts, BigInteger total) {
        int n = accounts.length;
        byte[] leafHashes = new byte[n * HASH];
        byte[] epochWord = Numeric.toBytesPadded(BigInteger.valueOf(epoch), WORD);
        range(n).forEach(i -> leafHash(epochWord, i, accounts[i], amounts[i], leafHashes, i * HASH));

        int[] byHash = LeafOrder.byHash(leafHashes, n);
        byte[] nodes = new byte[TreeIndex.nodeCount(n) * HASH];
        int[] nodeOf = new int[n];
        for (int position = 0; position < n; position++) {
            int leaf = byHash[position];
            int node = TreeIndex.leafNode(position, n);
            nodeOf[leaf] = node;
            System.arraycopy(leafHashes, leaf * HASH, nodes, node * HASH, HASH);
        }
        hashInnerNodes(nodes, n);
        return new EpochTree(epoch, accounts, amounts, nodeOf, nodes, total);
    }

    /** Parents level by level from the deepest: a level's nodes depend only on the level below. */
    private static void hashInnerNodes(byte[] nodes, int leaves) {
        int lastInner = leaves - 2;
        for (int depth = TreeIndex.depth(Math.max(lastInner, 0)); depth >= 0 && lastInner >= 0; depth--) {
            int first = (1 << depth) - 1;
            int last = Math.min((1 << (depth + 1)) - 2, lastInner);
            IntStream level = IntStream.rangeClosed(first, last);
            (last - first >= PARALLEL_THRESHOLD ? level.parallel() : level)
                    .forEach(i -> hashPair(nodes, (2 * i + 1) * HASH, (2 * i + 2) * HASH, i * HASH));
        }
    }

    /** keccak256(keccak256(abi.encode(epoch, index, account, amount))) into {@code out} at {@code offset}. */
    private static void leafHash(byte[] epochWord, int index, String account, BigInteger amount, byte[] out,
            int offset) {
        byte[] encoded = ENCODED.get();
        System.arraycopy(epochWord, 0, encoded, 0, WORD);
        Arrays.fill(encoded, WORD, 4 * WORD, (byte) 0);
        for (int b = 0; b < Integer.BYTES; b++) {
            encoded[2 * WORD - 1 - b] = (byte) (index >>> (8 * b));
        }
        for (int i = 0; i < 20; i++) {
            encoded[3 * WORD - 20 + i] = (byte) (hexDigit(account.charAt(2 + 2 * i)) << 4
                    | hexDigit(account.charAt(3 + 2 * i)));
        }
        byte[] amountBytes = amount.toByteArray();
        int significant = Math.min(amountBytes.length, WORD);
        System.arraycopy(amountBytes, amountBytes.length - significant, encoded, 4 * WORD - significant, significant);
        KeccakDigest keccak = KECCAK.get();
        keccak.update(encoded, 0, encoded.length);
        keccak.doFinal(out, offset);
        keccak.update(out, offset, HASH);
        keccak.doFinal(out, offset);
    }

    private static int hexDigit(char c) {
        return c <= '9' ? c - '0' : c - 'a' + 10;
    }

    /** OpenZeppelin's commutative hash: keccak of the two children, the smaller first. */
    private static void hashPair(byte[] nodes, int left, int right, int out) {
        boolean leftFirst = Arrays.compareUnsigned(nodes, left, left + HASH, nodes, right, right + HASH) <= 0;
        KeccakDigest keccak = KECCAK.get();
        keccak.update(nodes, leftFirst ? left : right, HASH);
        keccak.update(nodes, leftFirst ? right : left, HASH);
        keccak.doFinal(nodes, out);
    }

    private static IntStream range(int n) {
        IntStream range = IntStream.range(0, n);
        return n >= PARALLEL_THRESHOLD ? range.parallel() : range;
    }

    public long epoch() {
        return epoch;
    }

    /** The root for {@code postRoot}, 0x hex. */
    public String rootHex() {
        return Numeric.toHexString(nodes, 0, HASH, true);
    }

    /** The sum of all amounts: the {@code total} for {@code postRoot}. */
    public BigInteger total() {
        return total;
    }

    public int size() {
        return accounts.length;
    }

    /** The leaf with index {@code i}: the {@code i}-th in account order. */
    public Leaf leaf(int i) {
        return new Leaf(i, accounts[i], amounts[i], nodeOf[i]);
    }

    /** Every node hash, node {@code i} at bytes {@code [32 i, 32 i + 32)}; a copy. */
    public byte[] nodes() {
        return nodes.clone();
    }

    /** The sibling hashes of leaf {@code i}, concatenated, leaf level first. */
    public byte[] proof(int i) {
        int[] path = TreeIndex.proofNodes(nodeOf[i]);
        byte[] proof = new byte[path.length * HASH];
        for (int level = 0; level < path.length; level++) {
            System.arraycopy(nodes, path[level] * HASH, proof, level * HASH, HASH);
        }
        return proof;
    }

    /** Lower-case only: a mixed-case twin of an account would be a second leaf for the same wallet. */
    private static String requireAccount(String account) {
        if (!isLowerCaseAddress(account)) {
            throw new IllegalArgumentException("not a lower-case 0x-prefixed 20-byte address: " + account);
        }
        return account;
    }

    /** {@code 0x} and 40 lower-case hex digits; by hand, as it runs for every account of an epoch. */
    static boolean isLowerCaseAddress(String account) {
        if (account == null || account.length() != 42 || account.charAt(0) != '0' || account.charAt(1) != 'x') {
            return false;
        }
        for (int i = 2; i < 42; i++) {
            char c = account.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    private static BigInteger requireUint256(BigInteger amount, String what) {
        if (amount == null || amount.signum() < 0 || amount.compareTo(UINT256_LIMIT) >= 0) {
            throw new IllegalArgumentException("amount of " + what + " must fit a uint256: " + amount);
        }
        return amount;
    }

    /** One account's leaf: its index (the claimed bit), what it claims and where its hash sits in the tree. */
    public record Leaf(int index, String account, BigInteger amount, int node) {
    }
}
