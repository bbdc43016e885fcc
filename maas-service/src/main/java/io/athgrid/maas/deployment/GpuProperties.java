package io.athgrid.maas.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code athgrid.maas.gpus.<GPU model>.vram-gb}: memory per GPU where it should differ from the
 * platform's nominal figure ({@link GpuTable}), e.g. {@code athgrid.maas.gpus.B200.vram-gb: 180}.
 */
@ConfigurationProperties("athgrid.maas")
public record GpuProperties(Map<String, Gpu> gpus) {

    public GpuProperties {
        gpus = gpus == null ? Map.of() : Map.copyOf(gpus);
    }

    public record Gpu(Integer vramGb) {
    }

    public GpuTable table() {
        Map<String, Integer> overrides = new LinkedHashMap<>();
        gpus.forEach((name, gpu) -> overrides.put(name, gpu.vramGb()));
        return GpuTable.of(overrides);
    }
}
