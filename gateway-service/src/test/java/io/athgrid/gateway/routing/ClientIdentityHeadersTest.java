package io.athgrid.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIdentityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "authorization", "X-Api-Key", "X-Athgrid-Caller", "x-athgrid-roles",
            "X-Caller-Id", "X-User-Id", "X-Forwarded-User", "Proxy-Authorization", "X-Auth-Request-User"})
    void claims_of_identity_never_reach_a_service(String header) {
        assertThat(ClientIdentityHeaders.isIdentityHeader(header)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Type", "Accept", "X-Request-Id", "User-Agent", "X-Forwarded-For"})
    void ordinary_headers_pass(String header) {
        assertThat(ClientIdentityHeaders.isIdentityHeader(header)).isFalse();
    }
}
