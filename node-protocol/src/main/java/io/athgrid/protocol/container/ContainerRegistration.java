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
}
