package io.athgrid.indexer.reservation;

import io.athgrid.indexer.matching.MatchRequest;
import io.athgrid.indexer.matching.RankingPolicy;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import io.athgrid.protocol.container.RegistrationRules;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a reservation or preview request completely before anything happens, reporting every
 * offending field at once (answered as 400 problem+json).
 */
public final class ReservationRules {

    /** As the registry accepts service names (node-protocol's RegistrationRules keeps its pattern private). */
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final Limits limits;

    public ReservationRules(Limits limits) {
        this.limits = limits;
    }

    public ValidReservation reservation(ReservationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.jobId() == null || !JOB_ID.matcher(request.jobId()).matches()) {
            errors.add(new FieldError("jobId", "must be 1..100 characters of letters, digits and . _ : -"));
        }
        Long lease = request.leaseSeconds();
        if (lease == null || lease < 1 || lease > limits.maxLeaseSeconds()) {
            errors.add(new FieldError("leaseSeconds", "must be 1.." + limits.maxLeaseSeconds()));
        }
        Optional<MatchRequest> match = match(request, errors);
        failOn(errors);
        return new ValidReservation(request.jobId(), match.orElseThrow(), Duration.ofSeconds(lease));
    }

    public MatchRequest preview(ReservationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Optional<MatchRequest> match = match(request, errors);
        failOn(errors);
        return match.orElseThrow();
    }

    /** A renewal's lease: the one asked for, or the reservation's original one. */
    public Duration renewal(Long leaseSeconds, Duration original) {
        if (leaseSeconds == null) {
            return original;
        }
        if (leaseSeconds < 1 || leaseSeconds > limits.maxLeaseSeconds()) {
            throw new InvalidRequestException("leaseSeconds", "must be 1.." + limits.maxLeaseSeconds());
        }
        return Duration.ofSeconds(leaseSeconds);
    }

    private Optional<MatchRequest> match(ReservationRequest request, List<FieldError> errors) {
        int before = errors.size();
        Optional<GpuModel> gpuModel = request.gpuModel() == null ? Optional.empty() : GpuModel.find(request.gpuModel());
        if (gpuModel.isEmpty()) {
            errors.add(new FieldError("gpuModel", "must be one of " + Arrays.toString(GpuModel.values())));
        }
        Optional<Region> region = request.region() == null ? Optional.empty() : Region.find(request.region());
        if (region.isEmpty()) {
            errors.add(new FieldError("region", "must be a known region code such as us-east"));
        }
        Optional<RankingPolicy> policy = Arrays.stream(RankingPolicy.values())
                .filter(candidate -> candidate.name().equals(request.policy()))
                .findFirst();
        if (policy.isEmpty()) {
            errors.add(new FieldError("policy", "must be one of " + Arrays.toString(RankingPolicy.values())));
        }
        if (request.service() == null || !SERVICE.matcher(request.service()).matches()) {
            errors.add(new FieldError("service", "must be 1..40 characters of a-z, 0-9 and -"));
        }
        within(errors, "gpusPerNode", request.gpusPerNode(), RegistrationRules.MAX_GPU_COUNT, true);
        within(errors, "nodes", request.nodes(), limits.maxNodes(), true);
        within(errors, "minVramGbPerGpu", request.minVramGbPerGpu(), Integer.MAX_VALUE, false);
        within(errors, "minBandwidthMbps", request.minBandwidthMbps(), Integer.MAX_VALUE, false);
        within(errors, "maxLatencyMs", request.maxLatencyMs(), Integer.MAX_VALUE, false);
        if (request.maxPriceUsdPerGpuHour() == null || request.maxPriceUsdPerGpuHour().signum() <= 0) {
            errors.add(new FieldError("maxPriceUsdPerGpuHour", "must be a positive amount of USD"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        int maxLatency = request.maxLatencyMs() == null ? limits.defaultMaxLatencyMs() : request.maxLatencyMs();
        return Optional.of(new MatchRequest(gpuModel.get(), request.gpusPerNode(), request.nodes(),
                request.minVramGbPerGpu(), request.minBandwidthMbps(), region.get(), maxLatency, request.service(),
                request.maxPriceUsdPerGpuHour(), policy.get()));
    }

    private static void within(List<FieldError> errors, String field, Integer value, int max, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value < 1 || value > max) {
            errors.add(new FieldError(field, max == Integer.MAX_VALUE ? "must be positive" : "must be 1.." + max));
        }
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The reservation request is invalid", errors);
        }
    }

    /** The configured bounds of a request. */
    public record Limits(int maxNodes, long maxLeaseSeconds, int defaultMaxLatencyMs) {
    }
}
