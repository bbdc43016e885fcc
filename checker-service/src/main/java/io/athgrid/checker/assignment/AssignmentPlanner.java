package io.athgrid.checker.assignment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.web3j.crypto.Hash;

/**
 * Chooses the 2N+1 licenses that check a job. Only licenses that are active, online and not banned
 * qualify, and never one the container's owner owns or runs. Distinct regions come first (a
 * container unreachable from one region is not offline); within that, the licenses with the fewest
 * open jobs; ties go by a seeded hash of job and license, which spreads jobs evenly without letting
 * anyone predict or pick which jobs a license gets.
 */
public final class AssignmentPlanner {

    /** The design's N: 2N+1 = 3 checkers per job. */
    public static final int DEFAULT_N = 1;

    private final int seats;
    private final String seed;

    /** @param n the design's N: each job goes to 2N+1 licenses */
    public AssignmentPlanner(int n, String seed) {
        if (n < 0) {
            throw new IllegalArgumentException("N must not be negative");
        }
        this.seats = 2 * n + 1;
        this.seed = seed;
    }

    public int seats() {
        return seats;
    }

    /** @param openJobs per license, its open seats across all jobs (missing means none) */
    public AssignmentPlan plan(String jobId, String containerOwner, Collection<License> licenses,
            Map<Long, Integer> openJobs, Instant now) {
        List<License> eligible = eligible(jobId, containerOwner, licenses, openJobs, Set.of(), now);
        return new AssignmentPlan(pick(eligible, Set.of(), seats), seats, eligible.size());
    }

    /**
     * Another license for a seat given up on {@code job}: none that sat on it before, preferably in a
     * region none of the licenses still seated is in.
     */
    public Optional<License> replacement(CheckJob job, Collection<License> licenses, Map<Long, Integer> openJobs,
            Instant now) {
        Set<Long> seated = job.seats().stream().filter(seat -> seat.state().held()).map(Seat::licenseId)
                .collect(Collectors.toSet());
        Set<String> regionsSeated = licenses.stream().filter(license -> seated.contains(license.licenseId()))
                .map(License::region).collect(Collectors.toSet());
        List<License> eligible = eligible(job.jobId(), job.containerOwner(), licenses, openJobs, job.everSeated(), now);
        return pick(eligible, regionsSeated, 1).stream().findFirst();
    }

    private List<License> eligible(String jobId, String containerOwner, Collection<License> licenses,
            Map<Long, Integer> openJobs, Set<Long> excluded, Instant now) {
        return licenses.stream()
                .filter(license -> license.assignableAt(now))
                .filter(license -> !license.controlledBy(containerOwner))
                .filter(license -> !excluded.contains(license.licenseId()))
                .sorted(Comparator.<License>comparingInt(license -> openJobs.getOrDefault(license.licenseId(), 0))
                        .thenComparing(license -> tieBreak(jobId, license.licenseId()), Long::compareUnsigned)
                        .thenComparingLong(License::licenseId))
                .toList();
    }

    private static List<License> pick(List<License> ranked, Set<String> regionsTaken, int count) {
        List<License> chosen = new ArrayList<>();
        Set<String> regions = new HashSet<>(regionsTaken);
        for (License license : ranked) {
            if (chosen.size() < count && regions.add(license.region())) {
                chosen.add(license);
            }
        }
        for (License license : ranked) {
            if (chosen.size() < count && !chosen.contains(license)) {
                chosen.add(license);
            }
        }
        return chosen;
    }

    private long tieBreak(String jobId, long licenseId) {
        byte[] digest = Hash.sha256((seed + "|" + jobId + "|" + licenseId).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }
}
