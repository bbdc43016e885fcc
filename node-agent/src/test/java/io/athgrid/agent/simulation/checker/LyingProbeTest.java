package io.athgrid.agent.simulation.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.checker.Assignment;
import io.athgrid.agent.checker.Probe;
import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LyingProbeTest {

    @Test
    void reports_reachable_hosts_unreachable_and_the_other_way_round() throws Exception {
        assertThat(((LivenessResult) lie(new LivenessResult(true, BigDecimal.ZERO, 30), CheckKind.LIVENESS)).reachable()).isFalse();
        assertThat(((LivenessResult) lie(LivenessResult.unreachable(10_000), CheckKind.LIVENESS)).reachable()).isTrue();
    }

    @Test
    void reports_serving_hosts_unresponsive_and_the_other_way_round() throws Exception {
        assertThat(lie(new QoeResult(true, 40, BigDecimal.TEN, BigDecimal.ZERO), CheckKind.QOE)).isEqualTo(QoeResult.unresponsive());
        assertThat(((QoeResult) lie(QoeResult.unresponsive(), CheckKind.QOE)).responsive()).isTrue();
    }

    @Test
    void turns_the_capacity_verdict_round_and_keeps_what_it_found() throws Exception {
        CapacityResult honest = new CapacityResult(true, "H100_SXM", 8, 80, BigDecimal.valueOf(7912));

        CapacityResult lie = (CapacityResult) lie(honest, CheckKind.CAPACITY);

        assertThat(lie).isEqualTo(new CapacityResult(false, "H100_SXM", 8, 80, BigDecimal.valueOf(7912)));
        assertThat(lie.resultHash()).isNotEqualTo(honest.resultHash());
    }

    private static CheckResult lie(CheckResult measured, CheckKind kind) throws Exception {
        Probe honest = assignment -> measured;
        return new LyingProbe(honest).check(new Assignment("j-1", 1, "c-1", kind, "https://sim-1.nodes.athgrid.local", null,
                null, Instant.now().plusSeconds(20), Optional.empty()));
    }
}
