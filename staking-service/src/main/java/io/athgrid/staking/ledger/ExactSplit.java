package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits an amount of wei by weights so that the shares sum to the amount exactly (largest
 * remainder): each key gets floor(total x weight / sum); the wei left over go one each to the
 * keys with the largest remainders, ties to the smaller key. Deterministic for the same input.
 */
public final class ExactSplit {

    private ExactSplit() {
    }

    /** Shares by key, only keys with a positive share; empty when no weight is positive. */
    public static <K extends Comparable<K>> SortedMap<K, BigInteger> split(BigInteger total,
            Map<K, BigInteger> weights) {
        if (total.signum() < 0) {
            throw new IllegalArgumentException("cannot split a negative amount");
        }
        TreeMap<K, BigInteger> positive = new TreeMap<>();
        weights.forEach((key, weight) -> {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("negative weight for " + key);
            }
            if (weight.signum() > 0) {
                positive.put(key, weight);
            }
        });
        BigInteger sum = positive.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        TreeMap<K, BigInteger> shares = new TreeMap<>();
        if (sum.signum() == 0) {
            return shares;
        }
        List<Remainder<K>> remainders = new ArrayList<>();
        BigInteger given = BigInteger.ZERO;
        for (Map.Entry<K, BigInteger> entry : positive.entrySet()) {
            BigInteger[] quotient = total.multiply(entry.getValue()).divideAndRemainder(sum);
            shares.put(entry.getKey(), quotient[0]);
            remainders.add(new Remainder<>(entry.getKey(), quotient[1]));
            given = given.add(quotient[0]);
        }
        int left = total.subtract(given).intValueExact();
        remainders.sort(Comparator.<Remainder<K>, BigInteger>comparing(Remainder::value).reversed()
                .thenComparing(Remainder::key));
        for (int i = 0; i < left; i++) {
            shares.merge(remainders.get(i).key(), BigInteger.ONE, BigInteger::add);
        }
        shares.values().removeIf(share -> share.signum() == 0);
        return shares;
    }

    private record Remainder<K extends Comparable<K>>(K key, BigInteger value) {
    }
}
