package io.athgrid.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EngineAddressTest {

    private static final URI STARTED = URI.create("http://127.0.0.1:41234");

    @Test
    void a_real_host_reports_the_engines_port_at_its_own_name_or_address() {
        assertThat(EngineAddress.at("gpu-7.example.net").of(STARTED)).isEqualTo(URI.create("http://gpu-7.example.net:41234"));
        assertThat(EngineAddress.at("203.0.113.7").of(STARTED)).isEqualTo(URI.create("http://203.0.113.7:41234"));
        assertThat(EngineAddress.at("[2001:db8::7]").of(STARTED)).isEqualTo(URI.create("http://[2001:db8::7]:41234"));
    }

    @Test
    void engines_on_the_platforms_machine_keep_their_loopback_endpoint() {
        assertThat(EngineAddress.asStarted().of(STARTED)).isSameAs(STARTED);
    }

    @Test
    void a_host_is_only_a_host() {
        for (String notAHost : new String[] {"https://gpu-7.example.net", "gpu-7.example.net:8000", "gpu-7/x", "two words", ""}) {
            assertThatThrownBy(() -> EngineAddress.at(notAHost)).as(notAHost).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
