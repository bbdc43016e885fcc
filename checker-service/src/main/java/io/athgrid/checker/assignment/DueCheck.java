package io.athgrid.checker.assignment;

import io.athgrid.protocol.check.CheckKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A check a container is due for: its kind and the window it covers. Windows are aligned to the
 * kind's interval since the epoch (whole minutes, whole UTC days), so the job id derived from
 * container, kind and window start is the same however often the schedule is asked: scheduling
 * twice creates one job.
 */
public record DueCheck(String containerId, CheckKind kind, Instant windowStart, Instant windowEnd) {

    public String jobId() {
        String name = "check|" + containerId + "|" + kind.name() + "|" + windowStart.getEpochSecond();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
