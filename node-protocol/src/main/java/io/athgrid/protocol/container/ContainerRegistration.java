package io.athgrid.protocol.container;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an owner signs to register a container (EIP-712, see {@link RegistrationTypedData}): the
 * owner's wallet, the hardware fingerprint, the node key that will sign heartbeats, the offer,
 * and when it was signed (seconds since the epoch; the registry accepts it for a limited time).
 */
public record ContainerRegistration(
        String owner,
        String fingerprint,
        String nodeKey,
        String gpuModel,
        int gpuCount,
        int vramGbPerGpu,
        int cpuCores,
        int ramGb,
        int diskGb,
        int bandwidthMbps,
        List<String> services,
        String region,
        BigDecimal latitude,
        BigDecimal longitude,
        String endpoint,
        BigDecimal priceUsdPerGpuHour,
        long issuedAt) {

    /** The same registration, issued at another time (seconds since the epoch). */
    public ContainerRegistration withIssuedAt(long issuedAtSeconds) {
        return new ContainerRegistration(owner, fingerprint, nodeKey, gpuModel, gpuCount, vramGbPerGpu, cpuCores,
                ramGb, diskGb, bandwidthMbps, services, region, latitude, longitude, endpoint, priceUsdPerGpuHour,
                issuedAtSeconds);
    }
}
