package io.athgrid.checker.job;

import io.athgrid.checker.assignment.License;
import io.athgrid.checker.license.LicenseStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The licenses as assignment sees them at one instant (online or not, banned or not) and how many
 * open seats each holds, kept up to date while one run of assignment seats them.
 */
final class Candidates {

    private final List<License> licenses;
    private final Map<Long, Integer> openJobs;

    private Candidates(List<License> licenses, Map<Long, Integer> openJobs) {
        this.licenses = licenses;
        this.openJobs = openJobs;
    }

    static Candidates load(LicenseStore licenses, JobStore jobs, Instant now, Duration onlineWithin,
            String defaultRegion) {
        return new Candidates(licenses.active().stream()
                .map(license -> license.toDomain(now, onlineWithin, defaultRegion)).toList(),
                new HashMap<>(jobs.openSeatCounts()));
    }

    List<License> licenses() {
        return licenses;
    }

    Map<Long, Integer> openJobs() {
        return openJobs;
    }

    void seated(long licenseId) {
        openJobs.merge(licenseId, 1, Integer::sum);
    }

    void released(long licenseId) {
        openJobs.computeIfPresent(licenseId, (id, open) -> open > 1 ? open - 1 : null);
    }
}
