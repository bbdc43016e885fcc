package io.athgrid.agent.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Picks values with fixed relative weights. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Integer> cumulative = new ArrayList<>();
    private int total;

    Weighted(Map<T, Integer> weights) {
        weights.forEach((value, weight) -> {
            total += weight;
            values.add(value);
            cumulative.add(total);
        });
    }

    T pick(RandomGenerator random) {
        int ticket = random.nextInt(total);
        for (int i = 0; i < values.size(); i++) {
            if (ticket < cumulative.get(i)) {
                return values.get(i);
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }
}
