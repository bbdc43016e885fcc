package io.athgrid.support.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

class SignedPathsTest {

    @Test
    void an_entry_with_a_method_opens_only_that_method() {
        RequestMatcher signed = SignedPaths.matcher(List.of("POST /containers", "/nodes/*/beats"));

        assertThat(signed.matches(request("POST", "/containers"))).isTrue();
        assertThat(signed.matches(request("GET", "/containers"))).isFalse();
        assertThat(signed.matches(request("PUT", "/nodes/n-1/beats"))).isTrue();
        assertThat(signed.matches(request("GET", "/nodes/n-1"))).isFalse();
    }

    @Test
    void no_entries_match_nothing_and_a_malformed_entry_is_refused() {
        assertThat(SignedPaths.matcher(List.of()).matches(request("GET", "/"))).isFalse();
        assertThatThrownBy(() -> SignedPaths.matcher(List.of("POST /a extra"))).hasMessageContaining("[METHOD ]pattern");
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        return request;
    }
}
