package io.athgrid.checker.job;

import java.time.Instant;

/**
 * One open seat as a checker client sees it: what to probe, where, and by when to answer.
 *
 * @param registered what the container registered, which a capacity check compares the hardware with
 */
public record OpenAssignment(String jobId, String licenseId, String containerId, String kind, String endpoint,
        String region, Instant windowStart, Instant answerBy, Registered registered) {

    public record Registered(String gpuModel, int gpuCount, int vramGbPerGpu) {
    }
}
