package io.athgrid.scheduler.order;

import io.athgrid.scheduler.job.Job;
import io.athgrid.scheduler.job.JobStatus;
import io.athgrid.scheduler.lease.Lease;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** An order as the API answers it: the terms, the locked rate, and the job with its current containers. */
public record OrderView(
        UUID orderId,
        OrderKind kind,
        String gpuModel,
        int gpusPerNode,
        int nodes,
        Integer minVramGbPerGpu,
        Integer minBandwidthMbps,
        String region,
        int maxLatencyMs,
        String service,
        BigDecimal maxPriceUsdPerGpuHour,
        RankingPolicy policy,
        Instant startsAt,
        Long durationSeconds,
        BigDecimal usdPerAth,
        String rateSource,
        Instant createdAt,
        JobView job) {

    /**
     * @param whyNotMatched the Indexer's last answer while the job waits for capacity: how many
     *                      candidates each filter removed
     */
    public record JobView(UUID jobId, JobStatus status, int placement, UUID reservationId, Instant submittedAt,
            Instant matchedAt, Instant startedAt, Instant endsAt, Instant finishedAt, String statusReason,
            JsonNode whyNotMatched, List<ContainerView> containers) {
    }

    /** A container serving (or about to serve) the job's current placement. */
    public record ContainerView(String containerId, String owner, int gpus, BigDecimal priceUsdPerGpuHour,
            Instant startedAt, Instant endedAt) {

        static ContainerView of(Lease lease) {
            return new ContainerView(lease.containerId(), lease.owner(), lease.gpus(), lease.priceUsdPerGpuHour(),
                    lease.startedAt(), lease.endedAt());
        }
    }

    static OrderView of(Order order, Job job, List<Lease> leases, JsonNode whyNotMatched) {
        return new OrderView(order.id(), order.kind(), order.gpuModel(), order.gpusPerNode(), order.nodes(),
                order.minVramGbPerGpu(), order.minBandwidthMbps(), order.region(), order.maxLatencyMs(),
                order.service(), order.maxPriceUsdPerGpuHour(), order.policy(), order.startsAt(),
                order.durationSeconds(), order.rate().usdPerAth(), order.rate().source(), order.createdAt(),
                new JobView(job.id(), job.status(), job.placement(), job.reservationId(), job.submittedAt(),
                        job.matchedAt(), job.startedAt(), job.endsAt(), job.finishedAt(), job.statusReason(),
                        whyNotMatched, leases.stream().map(ContainerView::of).toList()));
    }
}
