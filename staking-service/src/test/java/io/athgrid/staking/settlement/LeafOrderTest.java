package io.athgrid.staking.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeafOrderTest {

    @Test
    void leaves_are_ordered_by_their_whole_hash_as_unsigned_numbers() {
        Random random = new Random(7);
        for (int n : new int[] {1, 2, 3, 1_000, 70_000}) {
            byte[] hashes = new byte[n * 32];
            random.nextBytes(hashes);

            assertThat(LeafOrder.byHash(hashes, n)).as("%d leaves", n).containsExactly(reference(hashes, n));
        }
    }

    @Test
    void hashes_that_share_their_first_bytes_are_told_apart_by_the_rest() {
        int n = 6;
        byte[] hashes = new byte[n * 32];
        new Random(3).nextBytes(hashes);
        // Leaves 1, 3 and 4 agree on their first 12 bytes (more than the sort key holds), and leaf 5
        // starts with 0xff: ordered last only if bytes are compared unsigned.
        for (int leaf : new int[] {3, 4}) {
            System.arraycopy(hashes, 32, hashes, leaf * 32, 12);
        }
        hashes[5 * 32] = (byte) 0xff;

        assertThat(LeafOrder.byHash(hashes, n)).containsExactly(reference(hashes, n));
        assertThat(LeafOrder.byHash(hashes, n)[n - 1]).isEqualTo(5);
    }

    private static int[] reference(byte[] hashes, int n) {
        return IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing(i -> Arrays.copyOfRange(hashes, i * 32, i * 32 + 32), Arrays::compareUnsigned))
                .mapToInt(Integer::intValue).toArray();
    }
}
