package io.athgrid.agent.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.LivenessResult;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkProbeTest {

    private final NetworkProbe probe = new NetworkProbe(ProbeSettings.DEFAULTS);

    @Test
    void checks_liveness_over_tcp_against_the_endpoints_port() throws Exception {
        try (ServerSocket server = TcpLivenessProbeTest.acceptingServer()) {
            LivenessResult result = (LivenessResult) probe.check(assignment(CheckKind.LIVENESS, "http://127.0.0.1:" + server.getLocalPort()));

            assertThat(result.reachable()).isTrue();
        }
    }

    @Test
    void does_not_answer_capacity_checks_for_want_of_a_remote_benchmark() {
        assertThatThrownBy(() -> probe.check(assignment(CheckKind.CAPACITY, "https://gpu-1.example")))
                .isInstanceOf(CannotCheckException.class)
                .hasMessageContaining("no remote benchmark protocol");
    }

    @Test
    void does_not_answer_for_an_endpoint_it_cannot_read() {
        assertThatThrownBy(() -> probe.check(assignment(CheckKind.LIVENESS, "not a url"))).isInstanceOf(CannotCheckException.class);
    }

    private static Assignment assignment(CheckKind kind, String endpoint) {
        return new Assignment("j-1", 1, "c-1", kind, endpoint, "eu-central", null, Instant.now().plusSeconds(20), Optional.empty());
    }
}
