package io.athgrid.checker.reward;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits an amount of wei by weights, exactly: everyone gets the floor of their share, then the wei
 * left over go one each to the largest remainders, ties to the lower license id (the
 * largest-remainder method). The parts always add up to the amount, and no part differs from its
 * exact share by a wei or more.
 */
public final class ProRata {

    private ProRata() {
    }

    /** @param weights per license, a non-negative weight; zero weights get nothing. An empty or all-zero map gets nothing. */
    public static SortedMap<Long, BigInteger> split(BigInteger amount, Map<Long, BigInteger> weights) {
        if (amount.signum() < 0 || weights.values().stream().anyMatch(weight -> weight.signum() < 0)) {
            throw new IllegalArgumentException("amounts and weights must not be negative");
        }
        BigInteger total = weights.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        SortedMap<Long, BigInteger> parts = new TreeMap<>();
        if (total.signum() == 0) {
            return parts;
        }
        List<Map.Entry<Long, BigInteger>> remainders = new ArrayList<>();
        BigInteger handedOut = BigInteger.ZERO;
        for (Map.Entry<Long, BigInteger> weight : new TreeMap<>(weights).entrySet()) {
            BigInteger[] quotient = amount.multiply(weight.getValue()).divideAndRemainder(total);
            parts.put(weight.getKey(), quotient[0]);
            handedOut = handedOut.add(quotient[0]);
            remainders.add(Map.entry(weight.getKey(), quotient[1]));
        }
        remainders.sort(Map.Entry.<Long, BigInteger>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        int leftOver = amount.subtract(handedOut).intValueExact();
        for (int i = 0; i < leftOver; i++) {
            parts.merge(remainders.get(i).getKey(), BigInteger.ONE, BigInteger::add);
        }
        return parts;
    }
}
