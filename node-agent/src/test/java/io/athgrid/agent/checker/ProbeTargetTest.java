package io.athgrid.agent.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProbeTargetTest {

    @Test
    void the_port_is_the_endpoints_or_its_schemes_default() throws Exception {
        assertThat(ProbeTarget.of("https://gpu-7.example.net")).extracting(ProbeTarget::host, ProbeTarget::port)
                .containsExactly("gpu-7.example.net", 443);
        assertThat(ProbeTarget.of("http://gpu-7.example.net/v1").port()).isEqualTo(80);
        assertThat(ProbeTarget.of("HTTPS://10.0.0.7:8443/stream").port()).isEqualTo(8443);
    }

    @Test
    void an_endpoint_that_is_not_an_http_url_cannot_be_checked() {
        assertThatThrownBy(() -> ProbeTarget.of("ftp://gpu-7.example.net")).isInstanceOf(CannotCheckException.class);
        assertThatThrownBy(() -> ProbeTarget.of("gpu-7.example.net:443")).isInstanceOf(CannotCheckException.class);
        assertThatThrownBy(() -> ProbeTarget.of("https://bad host")).isInstanceOf(CannotCheckException.class);
        assertThatThrownBy(() -> ProbeTarget.of(null)).isInstanceOf(CannotCheckException.class);
    }
}
