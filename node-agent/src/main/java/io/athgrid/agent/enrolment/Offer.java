package io.athgrid.agent.enrolment;

import io.athgrid.protocol.container.Region;
import java.math.BigDecimal;
import java.util.List;

/** What the provider offers besides the hardware: where, how to reach it, what runs on it, at what price. */
public record Offer(Region region, BigDecimal latitude, BigDecimal longitude, String endpoint, List<String> services,
        BigDecimal priceUsdPerGpuHour, int bandwidthMbps) {

    public Offer {
        services = List.copyOf(services);
    }
}
