package io.athgrid.registry.container;

import java.math.BigDecimal;
import java.util.List;

/** The body of {@code PATCH /containers/{id}}: what changes of the offer; absent fields stay. */
public record OfferChange(BigDecimal priceUsdPerGpuHour, List<String> services) {
}
