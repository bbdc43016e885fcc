package io.athgrid.protocol.check;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a checker signs for one job: which job, as which license, about which container, of what
 * kind, the hash of its result ({@link CheckResult#resultHash()}) and when it submitted (seconds
 * since the epoch). The job id binds the report to one assignment, so it cannot be reused for
 * another job; the referee refuses a second report for the same job and license.
 */
public record CheckReport(String jobId, long licenseId, String containerId, CheckKind kind, String resultHash,
        long submittedAt) {

    private static final Pattern HASH = Pattern.compile("0x[0-9a-f]{64}");

    public CheckReport {
        Objects.requireNonNull(kind, "kind");
        if (jobId == null || jobId.isBlank() || containerId == null || containerId.isBlank()) {
            throw new IllegalArgumentException("a report names its job and container");
        }
        if (licenseId <= 0) {
            throw new IllegalArgumentException("license ids start at 1");
        }
        if (resultHash == null || !HASH.matcher(resultHash).matches()) {
            throw new IllegalArgumentException("a result hash is 0x and 64 lower-case hex digits");
        }
        if (submittedAt < 0) {
            throw new IllegalArgumentException("submittedAt is seconds since the epoch");
        }
    }

    /** The report of {@code result} for a job. */
    public static CheckReport of(String jobId, long licenseId, String containerId, CheckResult result,
            long submittedAt) {
        return new CheckReport(jobId, licenseId, containerId, result.kind(), result.resultHash(), submittedAt);
    }
}
