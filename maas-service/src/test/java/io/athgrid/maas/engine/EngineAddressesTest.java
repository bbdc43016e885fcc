package io.athgrid.maas.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineAddressesTest {

    @Test
    void publicly_an_engine_answers_at_a_public_ip_literal() {
        for (String endpoint : List.of("http://203.0.113.7:8000", "https://8.8.8.8:8443", "http://[2001:db8::7]:8000",
                "http://100.63.255.1:8000", "http://172.32.0.1:8000")) {
            assertThat(EngineAddresses.PUBLIC_ONLY.problem(URI.create(endpoint))).as(endpoint).isEmpty();
        }
    }

    @Test
    void publicly_this_services_neighbours_are_refused() {
        for (String endpoint : List.of("http://127.0.0.1:5432", "http://10.0.0.7:8000", "http://172.16.3.4:8000",
                "http://192.168.1.10:8000", "http://169.254.169.254/", "http://0.0.0.0:8000", "http://100.64.0.1:8000",
                "http://198.18.0.1:8000", "http://224.0.0.1:8000", "http://255.255.255.255:8000", "http://[::1]:8000",
                "http://[fd00::1]:8000", "http://[fe80::1]:8000", "http://[::ffff:127.0.0.1]:8000", "http://[::]:8000")) {
            assertThat(EngineAddresses.PUBLIC_ONLY.problem(URI.create(endpoint))).as(endpoint)
                    .hasValueSatisfying(problem -> assertThat(problem).startsWith("must be a public IP address"));
        }
    }

    @Test
    void publicly_a_host_name_is_refused_because_it_may_resolve_elsewhere_when_called() {
        for (String endpoint : List.of("http://engine.example:8000", "http://localhost:8000", "http://0x7f000001:8000")) {
            assertThat(EngineAddresses.PUBLIC_ONLY.problem(URI.create(endpoint))).as(endpoint)
                    .hasValue("must name the engine by a public IP address, not a host name");
        }
    }

    @Test
    void on_a_trusted_network_any_address_will_do() {
        assertThat(EngineAddresses.ANY.problem(URI.create("http://127.0.0.1:8000"))).isEmpty();
        assertThat(EngineAddresses.ANY.problem(URI.create("http://engine.local:8000"))).isEmpty();
    }
}
