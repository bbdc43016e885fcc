package io.athgrid.checker.license;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The judgements verdicts gave the licenses' seats, counted (the verdicts' store answers). */
public interface JudgedSeats {

    /**
     * Per license that was ever judged, its counts; incorrect judgements reached after
     * {@code recentAfter} count as recent. Licenses never judged are left out.
     */
    Map<Long, LicenseResults> resultsOf(Collection<Long> licenseIds, Instant recentAfter);
}
