package io.athgrid.scheduler.billing;

import io.athgrid.scheduler.lease.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** GPU time an order's job used, per lease, up to now for leases still running. */
public record Usage(UUID orderId, long gpuSeconds, List<LeaseUsage> leases) {

    public record LeaseUsage(String containerId, String owner, int placement, int gpus, Instant startedAt,
            Instant endedAt, String endReason, long gpuSeconds) {
    }

    public static Usage of(UUID orderId, List<Lease> leases, Instant now) {
        List<LeaseUsage> used = leases.stream()
                .filter(lease -> lease.startedAt() != null)
                .map(lease -> new LeaseUsage(lease.containerId(), lease.owner(), lease.placement(), lease.gpus(),
                        lease.startedAt(), lease.endedAt(), lease.endReason(), lease.gpus()
                                * Duration.between(lease.startedAt(), lease.endedAt() == null ? now : lease.endedAt())
                                        .toSeconds()))
                .toList();
        return new Usage(orderId, used.stream().mapToLong(LeaseUsage::gpuSeconds).sum(), used);
    }
}
