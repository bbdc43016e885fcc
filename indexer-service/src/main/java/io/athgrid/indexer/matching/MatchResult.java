package io.athgrid.indexer.matching;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The answer of a matcher: how many containers were candidates, what each filter removed, and the
 * candidates that passed, in the order a reservation tries them (claim order).
 *
 * <p>The {@link Matcher} computes only the first candidates in claim order (enough for the nodes,
 * the best-fit window and a few spare) and the per-filter counts on demand; the removals of every
 * container and the claim order beyond the first candidates come from a full scan of the same
 * immutable state, run only when asked for. Either way the answers are those of the
 * {@link ScanAndSortMatcher}. Not thread-safe: one decision, one caller.
 */
public final class MatchResult {

    private final int candidates;
    private final int nodes;
    private final List<RankedCandidate> head;
    private final boolean headIsAll;
    private final List<Removal> removals;
    private final Lazy<List<FilterCount>> counts;
    private final Lazy<MatchResult> fullScan;

    private MatchResult(int candidates, int nodes, List<RankedCandidate> head, boolean headIsAll,
            List<Removal> removals, Supplier<List<FilterCount>> counts, Supplier<MatchResult> fullScan) {
        this.candidates = candidates;
        this.nodes = nodes;
        this.head = List.copyOf(head);
        this.headIsAll = headIsAll;
        this.removals = removals == null ? null : List.copyOf(removals);
        this.counts = new Lazy<>(counts);
        this.fullScan = new Lazy<>(fullScan);
    }

    /** A result with everything computed: every removal and every ranked candidate in claim order. */
    public static MatchResult complete(int candidates, List<Removal> removals, List<RankedCandidate> ranked,
            int nodes) {
        List<Removal> all = List.copyOf(removals);
        return new MatchResult(candidates, nodes, ranked, true, all, () -> HardFilters.Filtered.counts(all), null);
    }

    /**
     * A result of which only the first candidates in claim order are known.
     *
     * @param head      the first candidates in claim order, at least {@code nodes} of them unless fewer passed
     * @param headIsAll whether the head holds every candidate that passed
     * @param counts    the per-filter counts, computed when asked
     * @param fullScan  the complete result over the same state, computed when asked
     */
    static MatchResult partial(int candidates, int nodes, List<RankedCandidate> head, boolean headIsAll,
            Supplier<List<FilterCount>> counts, Supplier<MatchResult> fullScan) {
        return new MatchResult(candidates, nodes, head, headIsAll, null, counts, fullScan);
    }

    public int candidates() {
        return candidates;
    }

    public int nodes() {
        return nodes;
    }

    /** Whether enough containers passed to place every node of the job. */
    public boolean enough() {
        return head.size() >= nodes;
    }

    /** Every filter in order with how many it removed, zeros included. */
    public List<FilterCount> counts() {
        return counts.get();
    }

    /** Every candidate a filter removed (a full scan for a partial result). */
    public List<Removal> removals() {
        return removals != null ? removals : fullScan.get().removals();
    }

    /** Every candidate that passed, in claim order (a full scan for a partial result beyond its head). */
    public List<RankedCandidate> ranked() {
        return headIsAll ? head : fullScan.get().ranked();
    }

    /** The first {@code limit} candidates in claim order (fewer when fewer passed). */
    public List<RankedCandidate> ranked(int limit) {
        if (limit <= head.size()) {
            return head.subList(0, limit);
        }
        List<RankedCandidate> all = ranked();
        return all.subList(0, Math.min(limit, all.size()));
    }

    /**
     * The candidates in claim order, for a reservation that stops once it holds its nodes: the head
     * first, and only if it runs out, the rest from the full scan.
     */
    public Iterable<RankedCandidate> claimOrder() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < head.size() || (!headIsAll && next < ranked().size());
            }

            @Override
            public RankedCandidate next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RankedCandidate candidate = next < head.size() ? head.get(next) : ranked().get(next);
                next++;
                return candidate;
            }
        };
    }

    /** Computes once, on first use. */
    private static final class Lazy<T> implements Supplier<T> {

        private Supplier<T> source;
        private T value;

        Lazy(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            if (source != null) {
                value = source.get();
                source = null;
            }
            return value;
        }
    }
}
