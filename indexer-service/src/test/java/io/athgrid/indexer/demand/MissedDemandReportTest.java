package io.athgrid.indexer.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.indexer.demand.MissedDemandStore.MissedDemandCount;
import io.athgrid.indexer.matching.ReasonGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissedDemandReportTest {

    @Test
    void counts_are_grouped_per_owner_spec_and_region_with_every_reason_listed() {
        LocalDate day = LocalDate.parse("2026-11-25");

        MissedDemandReport report = MissedDemandReport.of(day, day, List.of(
                new MissedDemandCount("0xa", "H100_SXM", "eu-west", "PRICE", 3),
                new MissedDemandCount("0xa", "H100_SXM", "eu-west", "STATE", 1),
                new MissedDemandCount("0xb", "A100", "us-east", "SPEC", 2)));

        assertThat(report.items()).containsExactly(
                new MissedDemandReport.Item("0xa", "H100_SXM", "eu-west", Map.of(ReasonGroup.PRICE, 3L,
                        ReasonGroup.SPEC, 0L, ReasonGroup.LATENCY, 0L, ReasonGroup.STATE, 1L), 4),
                new MissedDemandReport.Item("0xb", "A100", "us-east", Map.of(ReasonGroup.PRICE, 0L,
                        ReasonGroup.SPEC, 2L, ReasonGroup.LATENCY, 0L, ReasonGroup.STATE, 0L), 2));
    }
}
