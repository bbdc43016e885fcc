package io.athgrid.staking.settlement;

import java.util.Arrays;

/**
 * The order of leaves by hash, ascending as unsigned 256-bit numbers, as StandardMerkleTree sorts
 * them. Sorting boxed indices with a comparator takes seconds for a million leaves; this sorts
 * primitive longs (the hash's first bits with the leaf's index in the low bits) and orders the
 * rare runs that share those first bits by their whole hash.
 */
final class LeafOrder {

    private LeafOrder() {
    }

    /** Leaf indices sorted by the hashes at {@code hashes[32 i, 32 i + 32)}. */
    static int[] byHash(byte[] hashes, int n) {
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            // Flipping the sign bit makes signed order the unsigned order of the hash's prefix.
            keys[i] = ((prefix(hashes, i) >>> indexBits) << indexBits | i) ^ Long.MIN_VALUE;
        }
        Arrays.parallelSort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & indexMask);
        }
        orderTies(keys, order, indexBits, hashes);
        return order;
    }

    /** Runs of equal prefixes are sorted by index so far; sorts each by the whole hash. */
    private static void orderTies(long[] keys, int[] order, int indexBits, byte[] hashes) {
        int start = 0;
        for (int i = 1; i <= keys.length; i++) {
            if (i == keys.length || keys[i] >>> indexBits != keys[start] >>> indexBits) {
                if (i - start > 1) {
                    Integer[] run = new Integer[i - start];
                    for (int j = 0; j < run.length; j++) {
                        run[j] = order[start + j];
                    }
                    Arrays.sort(run, (a, b) -> compare(hashes, a, b));
                    for (int j = 0; j < run.length; j++) {
                        order[start + j] = run[j];
                    }
                }
                start = i;
            }
        }
    }

    static int compare(byte[] hashes, int a, int b) {
        int h = EpochTree.HASH;
        return Arrays.compareUnsigned(hashes, a * h, a * h + h, hashes, b * h, b * h + h);
    }

    private static long prefix(byte[] hashes, int i) {
        long prefix = 0;
        int offset = i * EpochTree.HASH;
        for (int b = 0; b < Long.BYTES; b++) {
            prefix = prefix << 8 | (hashes[offset + b] & 0xFF);
        }
        return prefix;
    }
}
