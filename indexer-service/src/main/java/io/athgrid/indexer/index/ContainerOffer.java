package io.athgrid.indexer.index;

import io.athgrid.events.v1.ContainerSpecs;
import io.athgrid.protocol.container.Region;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What a container offers, as far as matching cares: its GPUs, bandwidth, pre-installed services,
 * region code and price in USD per GPU-hour. The region is null in a specs update, which does not
 * move a container; {@code knownRegion} is that code parsed, null when missing or not a known region.
 */
public record ContainerOffer(
        String gpuModel,
        int gpuCount,
        int vramGbPerGpu,
        int bandwidthMbps,
        Set<String> services,
        String region,
        BigDecimal priceUsdPerGpuHour,
        Region knownRegion) {

    /** {@code knownRegion} is always derived from {@code region}: parsed once here, not per match. */
    public ContainerOffer {
        Objects.requireNonNull(gpuModel, "gpuModel");
        Objects.requireNonNull(priceUsdPerGpuHour, "priceUsdPerGpuHour");
        services = services == null ? Set.of() : Set.copyOf(services);
        knownRegion = region == null ? null : Region.find(region).orElse(null);
    }

    public ContainerOffer(String gpuModel, int gpuCount, int vramGbPerGpu, int bandwidthMbps, Set<String> services,
            String region, BigDecimal priceUsdPerGpuHour) {
        this(gpuModel, gpuCount, vramGbPerGpu, bandwidthMbps, services, region, priceUsdPerGpuHour, null);
    }

    /** The offer as the registry announces it (specs, region and price travel separately). */
    public static ContainerOffer of(ContainerSpecs specs, String region, BigDecimal priceUsdPerGpuHour) {
        return new ContainerOffer(specs.gpuModel(), specs.gpuCount(), specs.vramGbPerGpu(), specs.bandwidthMbps(),
                specs.services() == null ? null : Set.copyOf(specs.services()), region, priceUsdPerGpuHour);
    }

    ContainerOffer in(String otherRegion) {
        return new ContainerOffer(gpuModel, gpuCount, vramGbPerGpu, bandwidthMbps, services, otherRegion,
                priceUsdPerGpuHour);
    }
}
