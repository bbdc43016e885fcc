package io.athgrid.indexer.market;

import io.athgrid.indexer.index.CapacityIndex;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /market}: what GPU models and services the market offers and their lowest prices, for
 * any authenticated caller; the scheduler polls it to refuse orders nothing could ever serve.
 */
@RestController
class MarketController {

    private final CapacityIndex index;
    private final Clock clock;

    MarketController(CapacityIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    @GetMapping("/market")
    Market market() {
        return Market.of(index.snapshot().containers(), clock.instant());
    }
}
