package io.athgrid.agent.simulation.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.checker.ScriptedCheckerPlatform;
import io.athgrid.agent.checker.ScriptedCheckerPlatform.Received;
import io.athgrid.agent.simulation.GpuSpec;
import io.athgrid.agent.simulation.SimulatedHostState;
import io.athgrid.agent.testing.Eventually;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.container.GpuModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatedCheckersTest {

    private static final GpuSpec EIGHT_H100 = new GpuSpec(8, GpuModel.H100_SXM);
    private static final SimulatedHostState UP = new SimulatedHostState("c-1", 1, "https://sim-1.nodes.athgrid.local",
            EIGHT_H100, EIGHT_H100, 80, true);

    @Test
    void a_hundred_checkers_sign_in_and_report_and_the_liars_report_the_opposite() throws Exception {
        try (ScriptedCheckerPlatform platform = new ScriptedCheckerPlatform();
                SimulatedCheckers checkers = new SimulatedCheckers(SimulatedCheckersOptions
                        .of(platform.url(), ScriptedCheckerPlatform.CHAIN_ID, 100).withLiars(2)
                        .withPollInterval(Duration.ofSeconds(1)).withBackoff(Duration.ofMillis(10), Duration.ofMillis(100)),
                        id -> id.equals("c-1") ? Optional.of(UP) : Optional.empty())) {
            List<String> burners = checkers.burners();
            for (int i = 0; i < burners.size(); i++) {
                platform.license(burners.get(i), i + 1);
                platform.assign(burners.get(i), i + 1, "c-1", CheckKind.LIVENESS, UP.endpoint(), Instant.now().plusSeconds(120));
            }

            checkers.start();
            Eventually.await("a report from every checker", () -> checkers.counters().accepted() == 100);

            assertThat(burners).hasSize(100).doesNotHaveDuplicates();
            assertThat(checkers.liars()).as("spread over the list").containsExactly(burners.get(49), burners.get(99));
            assertThat(platform.received()).extracting(Received::wallet).containsExactlyInAnyOrderElementsOf(burners);
            assertThat(platform.received()).allSatisfy(report -> {
                boolean reachable = ((LivenessResult) report.result()).reachable();
                assertThat(reachable).as("reported by %s", report.wallet()).isEqualTo(!checkers.liars().contains(report.wallet()));
            });
            assertThat(platform.logins()).isEqualTo(100);
            assertThat(checkers.counters().rejected()).isEmpty();
            assertThat(checkers.domain().licenseContract()).isEqualTo(ScriptedCheckerPlatform.LICENSE_CONTRACT);
        }
    }
}
