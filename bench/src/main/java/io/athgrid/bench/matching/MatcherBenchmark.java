package io.athgrid.bench.matching;

import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.matching.MatchRequest;
import io.athgrid.indexer.matching.MatchResult;
import io.athgrid.indexer.matching.Matcher;
import io.athgrid.indexer.matching.RankedCandidate;
import io.athgrid.indexer.matching.ScanAndSortMatcher;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One matching decision per operation, as a reservation makes it: match the next request of the
 * mix, then take the candidates it would claim (all claims succeeding), or, with no match, the
 * per-filter counts the customer is answered with. {@code indexed} is the matcher on the index's
 * matching view; {@code scanAndSort} the straightforward one, on a snapshot copied per decision as
 * it was before. Same fleet, same requests, same configuration (the service's defaults).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatcherBenchmark {

    static final long SEED = 20261125L;

    private CapacityIndex index;
    private List<MatchRequest> requests;
    private Matcher matcher;
    private ScanAndSortMatcher scanAndSort;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        index = Fleet.index(SEED);
        requests = Fleet.requests(SEED + 1);
        ServiceDefaults defaults = ServiceDefaults.load();
        matcher = defaults.matcher();
        scanAndSort = defaults.scanAndSort();
    }

    @Benchmark
    public void indexed(Blackhole blackhole) {
        decide(matcher.match(index, nextRequest()), blackhole);
    }

    @Benchmark
    public void scanAndSort(Blackhole blackhole) {
        decide(scanAndSort.match(index.snapshot(), nextRequest()), blackhole);
    }

    private MatchRequest nextRequest() {
        MatchRequest request = requests.get(next);
        next = (next + 1) % requests.size();
        return request;
    }

    static void decide(MatchResult result, Blackhole blackhole) {
        if (!result.enough()) {
            blackhole.consume(result.counts());
            return;
        }
        int held = 0;
        for (RankedCandidate candidate : result.claimOrder()) {
            if (held == result.nodes()) {
                break;
            }
            blackhole.consume(candidate);
            held++;
        }
    }
}
