package io.athgrid.bench.settlement;

import java.math.BigInteger;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.web3j.utils.Numeric;

/** Reward lines as the ledger hands them over: distinct lower-case accounts to wei, from a fixed seed. */
final class RewardLines {

    private RewardLines() {
    }

    static SortedMap<String, BigInteger> generate(int lines, long seed) {
        Random random = new Random(seed);
        SortedMap<String, BigInteger> payouts = new TreeMap<>();
        byte[] address = new byte[20];
        while (payouts.size() < lines) {
            random.nextBytes(address);
            // 0.001 to about 1,200 ATH: vATH released in a week by one account.
            payouts.put(Numeric.toHexString(address), new BigInteger(70, random).add(BigInteger.TEN.pow(15)));
        }
        return payouts;
    }
}
