package io.athgrid.indexer.reservation;

import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.matching.FilterCount;
import io.athgrid.indexer.matching.MatchResult;
import io.athgrid.indexer.matching.Matcher;
import io.athgrid.indexer.matching.RankedCandidate;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /matches/preview}: what a reservation with these parameters would be offered, or why
 * nothing fits; it writes nothing. Open to any authenticated caller, so customers can see why.
 */
@RestController
class MatchPreviewController {

    private static final int MAX_LISTED = 50;

    private final CapacityIndex index;
    private final Matcher matcher;
    private final ReservationRules rules;

    MatchPreviewController(CapacityIndex index, Matcher matcher, ReservationRules rules) {
        this.index = index;
        this.matcher = matcher;
        this.rules = rules;
    }

    @GetMapping("/matches/preview")
    MatchPreview preview(@ModelAttribute ReservationRequest request) {
        MatchResult result = matcher.match(index, rules.preview(request), MAX_LISTED);
        return new MatchPreview(result.candidates(), result.nodes(), result.enough(), result.counts(),
                result.ranked(MAX_LISTED).stream().map(Candidate::of).toList());
    }

    /** The ranked candidates (in the order a reservation would try them) and each filter's removals. */
    record MatchPreview(int candidates, int nodes, boolean matched, List<FilterCount> reasons,
            List<Candidate> ranked) {
    }

    record Candidate(String containerId, String owner, String region, String gpuModel, int gpuCount,
            BigDecimal priceUsdPerGpuHour, double qosScore, int latencyMs, double score) {

        static Candidate of(RankedCandidate ranked) {
            var container = ranked.container();
            return new Candidate(container.containerId(), container.owner(), container.offer().region(),
                    container.offer().gpuModel(), container.offer().gpuCount(),
                    container.offer().priceUsdPerGpuHour(), container.qosScore(), ranked.latencyMs(), ranked.score());
        }
    }
}
