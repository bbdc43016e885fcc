package io.athgrid.scheduler.market;

import io.athgrid.protocol.container.GpuModel;
import java.math.BigDecimal;
import java.util.Optional;

/** What the market offers right now, as far as judging an order needs it. */
public interface Market {

    /** Whether any container in the market has this service pre-installed. */
    boolean offersService(String service);

    /** The lowest price per GPU-hour of a container with this GPU model and service, if any offers both. */
    Optional<BigDecimal> cheapest(GpuModel gpuModel, String service);
}
