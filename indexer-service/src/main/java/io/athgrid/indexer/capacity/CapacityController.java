package io.athgrid.indexer.capacity;

import io.athgrid.indexer.index.CapacityIndex;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /capacity}: counts from the index, for any authenticated caller (no tenant data in it). */
@RestController
class CapacityController {

    private final CapacityIndex index;

    CapacityController(CapacityIndex index) {
        this.index = index;
    }

    @GetMapping("/capacity")
    CapacityCounts capacity() {
        return CapacityCounts.of(index.snapshot());
    }
}
