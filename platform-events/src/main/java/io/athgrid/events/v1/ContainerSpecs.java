package io.athgrid.events.v1;

import java.util.List;

/**
 * What a container offers, as registered: the hardware the Indexer filters on and the services
 * pre-installed on it. VRAM is per GPU; sizes are whole gigabytes.
 */
public record ContainerSpecs(
        String gpuModel,
        int gpuCount,
        int vramGbPerGpu,
        int cpuCores,
        int ramGb,
        int diskGb,
        int bandwidthMbps,
        List<String> services) {
}
