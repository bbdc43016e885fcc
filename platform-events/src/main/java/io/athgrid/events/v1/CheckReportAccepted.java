package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;

/**
 * A checker's signed report on a check job passed admission: signed (EIP-712) by {@code signer}, the
 * wallet that runs the license, for a seat the license held, in time. {@code submittedAt} is the
 * time the checker signed ({@code signature} covers it); accepted is not yet correct: the verdict
 * ({@code CheckVerdictReached}) says whether it was in the majority.
 */
public record CheckReportAccepted(
        String jobId,
        String licenseId,
        String signer,
        String containerId,
        String kind,
        String resultHash,
        Instant submittedAt,
        String signature,
        Instant receivedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
