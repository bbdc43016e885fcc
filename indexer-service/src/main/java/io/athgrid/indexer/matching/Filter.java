package io.athgrid.indexer.matching;

import io.athgrid.indexer.index.ContainerOffer;
import io.athgrid.indexer.index.IndexedContainer;
import io.athgrid.protocol.container.Region;

/**
 * The hard filters of the design, in the order they are applied; each candidate is removed by the
 * first filter it fails, so the counts add up to the candidates that did not pass.
 */
public enum Filter {
    STATUS(ReasonGroup.STATE) {
        @Override
        boolean admits(IndexedContainer container, MatchRequest request, LatencyTable latency) {
            return STANDBY.equals(container.status());
        }
    },
    SERVICE(ReasonGroup.SPEC) {
        @Override
        boolean admits(IndexedContainer container, MatchRequest request, LatencyTable latency) {
            return container.offer().services().contains(request.service());
        }
    },
    GPU_MODEL(ReasonGroup.SPEC) {
        @Override
        boolean admits(IndexedContainer container, MatchRequest request, LatencyTable latency) {
            return container.offer().gpuModel().equals(request.gpuModel().name());
        }
    },
    GPU_COUNT(ReasonGroup.SPEC) {
        @Override
        boolean admits(IndexedContainer container, MatchRequest request, LatencyTable latency) {
            return container.offer().gpuCount() >= request.gpusPerNode();
        }
    },
    VRAM(ReasonGroup.SPEC) {
        @Override
        boolean admits(IndexedContainer container, MatchRequest request, LatencyTable latency) {
            return request.minVramGbPerGpu() == null || container.offer().vramGbPerGpu() >= request.minVramGbPerGpu();
        }
    },
    BANDWIDTH(ReasonGroup.SPEC) {
        @Override
        boolean admits(IndexedContainer container, MatchRequest request, LatencyTable latency) {
            return request.minBandwidthMbps() == null
                    || container.offer().bandwidthMbps() >= request.minBandwidthMbps();
        }
    },
    LATENCY(ReasonGroup.LATENCY) {
        @Override
        boolean admits(IndexedContainer container, MatchRequest request, LatencyTable latency) {
            // A region the table does not know has no known latency and cannot be promised.
            Region region = container.offer().knownRegion();
            return region != null && latency.rttMs(request.region(), region) <= request.maxLatencyMs();
        }
    },
    PRICE(ReasonGroup.PRICE) {
        @Override
        boolean admits(IndexedContainer container, MatchRequest request, LatencyTable latency) {
            ContainerOffer offer = container.offer();
            return offer.priceUsdPerGpuHour().compareTo(request.maxPriceUsdPerGpuHour()) <= 0;
        }
    },
    RESERVED(ReasonGroup.STATE) {
        @Override
        boolean admits(IndexedContainer container, MatchRequest request, LatencyTable latency) {
            return !container.reserved();
        }
    };

    static final String STANDBY = "STANDBY";

    private final ReasonGroup group;

    Filter(ReasonGroup group) {
        this.group = group;
    }

    public ReasonGroup group() {
        return group;
    }

    /** Whether a matchable container (status and offer known) passes this filter. */
    abstract boolean admits(IndexedContainer container, MatchRequest request, LatencyTable latency);
}
