package io.athgrid.agent.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.simulation.GpuSpec;
import io.athgrid.agent.simulation.SimulatedGpuHost;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrolmentTest {

    private static final String OWNER = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    private static final long CHAIN_ID = 421614;

    @TempDir
    Path stateDir;

    private final SimulatedGpuHost host = new SimulatedGpuHost(new GpuSpec(8, GpuModel.H100_SXM), 11);

    @Test
    void keeps_a_registration_the_registry_would_accept_until_the_owner_signs() {
        StateDirectory state = new StateDirectory(stateDir);

        StateDirectory.PendingRegistration pending = Enrolment.prepare(state, host.read(),
                offer("https://gpu-1.example.net:8443", List.of("vllm", "game-streaming"), "2.123456"), OWNER, CHAIN_ID,
                Instant.now());

        assertThat(pending.registration().owner()).isEqualTo(OWNER);
        assertThat(state.pending()).hasValueSatisfying(saved -> assertThat(saved.registration().fingerprint())
                .isEqualTo(pending.registration().fingerprint()));
    }

    @Test
    void refuses_before_signing_with_each_rule_the_registry_would_name() {
        StateDirectory state = new StateDirectory(stateDir);

        assertThatThrownBy(() -> Enrolment.prepare(state, host.read(),
                offer("ftp://gpu-1.example.net", List.of("vllm", "vllm"), "1.1234567"), OWNER, CHAIN_ID, Instant.now()))
                .isInstanceOf(AgentException.class)
                .hasMessage("the registration would be refused: services: must not name a service twice; "
                        + "endpoint: must be an http(s) URL of at most 255 characters; "
                        + "priceUsdPerGpuHour: must have at most 6 decimals");
        assertThat(state.pending()).isEmpty();
    }

    private static Offer offer(String endpoint, List<String> services, String price) {
        return new Offer(Region.EU_CENTRAL, Region.EU_CENTRAL.latitude(), Region.EU_CENTRAL.longitude(), endpoint,
                services, new BigDecimal(price), 10_000);
    }
}
