package io.athgrid.indexer.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Limits fragmentation: among the top-ranked candidates, the container with the fewest GPUs left
 * over is taken first, so a 2-GPU job does not split an 8-GPU node while a 2-GPU node is as good.
 *
 * <p>The rule: take the first {@code max(window, nodes)} candidates of the ranking; order them by
 * {@code gpuCount - gpusPerNode} ascending, keeping the ranking order between equal leftovers; the
 * remaining candidates follow in ranking order. Reservations try containers in this order until
 * {@code nodes} are held. A window of 1 turns best fit off.
 */
public final class BestFit {

    private final int window;

    public BestFit(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the best-fit window must be at least 1");
        }
        this.window = window;
    }

    public List<RankedCandidate> order(List<RankedCandidate> ranked, int gpusPerNode, int nodes) {
        int top = Math.min(ranked.size(), Math.max(window, nodes));
        List<RankedCandidate> ordered = new ArrayList<>(ranked.subList(0, top));
        // List.sort is stable: equal leftovers keep their rank.
        ordered.sort(Comparator.comparingInt(candidate -> candidate.gpuCount() - gpusPerNode));
        ordered.addAll(ranked.subList(top, ranked.size()));
        return List.copyOf(ordered);
    }
}
