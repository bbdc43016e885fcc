package io.athgrid.registry.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityVerdictTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    private static CheckVerdictReached verdict(String kind, String outcome) {
        return new CheckVerdictReached("check-1", "c-1", "0x" + "a".repeat(40), kind, outcome, "CHECKING", 8,
                AT.minusSeconds(60), AT, "0xresult", List.of("lic-1", "lic-2"), List.of("lic-3"), AT);
    }

    @Test
    void a_passed_capacity_check_verifies_and_a_failed_one_rejects() {
        assertThat(CapacityVerdict.of(verdict("CAPACITY", "PASSED"))).get()
                .extracting(CapacityVerdict::trigger).isEqualTo(LifecycleTrigger.CAPACITY_VERIFIED);
        assertThat(CapacityVerdict.of(verdict("CAPACITY", "FAILED"))).get()
                .extracting(CapacityVerdict::trigger).isEqualTo(LifecycleTrigger.CAPACITY_REJECTED);
    }

    @Test
    void without_a_majority_nothing_follows_since_a_new_check_is_assigned() {
        assertThat(CapacityVerdict.of(verdict("CAPACITY", "NO_MAJORITY"))).isEmpty();
    }

    @Test
    void liveness_and_qoe_verdicts_are_not_about_admission() {
        assertThat(CapacityVerdict.of(verdict("LIVENESS", "FAILED"))).isEmpty();
        assertThat(CapacityVerdict.of(verdict("QOE", "PASSED"))).isEmpty();
    }

    @Test
    void the_note_names_the_check_and_its_majority_and_fits_the_history() {
        assertThat(CapacityVerdict.of(verdict("CAPACITY", "PASSED")).orElseThrow().note())
                .isEqualTo("capacity check check-1 PASSED (assigned while CHECKING, 2 checkers in the majority)");
        CheckVerdictReached longJob = new CheckVerdictReached("j".repeat(600), "c-1", "0x", "CAPACITY", "FAILED",
                "CHECKING", 8, AT, AT, "", List.of(), List.of(), AT);
        assertThat(CapacityVerdict.of(longJob).orElseThrow().note()).hasSize(CapacityVerdict.MAX_NOTE);
    }
}
