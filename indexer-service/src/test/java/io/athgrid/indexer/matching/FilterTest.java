package io.athgrid.indexer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FilterTest {

    @Test
    void filters_run_in_the_designed_order_and_group_into_provider_reasons() {
        assertThat(Filter.values()).containsExactly(Filter.STATUS, Filter.SERVICE, Filter.GPU_MODEL, Filter.GPU_COUNT,
                Filter.VRAM, Filter.BANDWIDTH, Filter.LATENCY, Filter.PRICE, Filter.RESERVED);
        assertThat(Arrays.stream(Filter.values()).map(Filter::group)).containsExactly(ReasonGroup.STATE,
                ReasonGroup.SPEC, ReasonGroup.SPEC, ReasonGroup.SPEC, ReasonGroup.SPEC, ReasonGroup.SPEC,
                ReasonGroup.LATENCY, ReasonGroup.PRICE, ReasonGroup.STATE);
    }
}
