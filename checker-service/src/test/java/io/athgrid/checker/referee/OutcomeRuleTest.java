package io.athgrid.checker.referee;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OutcomeRuleTest {

    private final OutcomeRule rule = OutcomeRule.defaults();

    private static LivenessResult liveness(String loss, long durationMs) {
        return new LivenessResult(true, new BigDecimal(loss), durationMs);
    }

    private static QoeResult qoe(long latencyMs, String errorPercent) {
        return new QoeResult(true, latencyMs, new BigDecimal("40"), new BigDecimal(errorPercent));
    }

    @Test
    void a_reachable_container_passes_liveness_until_it_barely_answers() {
        assertThat(rule.passes(liveness("0", 100))).isTrue();
        assertThat(rule.passes(liveness("30", 4_999))).isTrue();
        assertThat(rule.passes(liveness("50", 100))).isFalse();
        assertThat(rule.passes(liveness("0", 5_000))).isFalse();
        assertThat(rule.passes(LivenessResult.unreachable(100))).isFalse();
    }

    @Test
    void a_workload_passes_qoe_below_a_second_of_latency_and_five_percent_errors() {
        assertThat(rule.passes(qoe(999, "4.9"))).isTrue();
        assertThat(rule.passes(qoe(1_000, "0"))).isFalse();
        assertThat(rule.passes(qoe(100, "5"))).isFalse();
        assertThat(rule.passes(QoeResult.unresponsive())).isFalse();
    }

    @Test
    void capacity_passes_when_the_checkers_found_it_qualified() {
        assertThat(rule.passes(new CapacityResult(true, "H100_SXM", 8, 80, new BigDecimal("100000")))).isTrue();
        assertThat(rule.passes(new CapacityResult(false, "H100_SXM", 8, 80, new BigDecimal("100000")))).isFalse();
    }
}
