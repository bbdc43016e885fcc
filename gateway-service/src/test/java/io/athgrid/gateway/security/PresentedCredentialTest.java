package io.athgrid.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresentedCredentialTest {

    private static final String KEY = "ath_" + "k".repeat(40);

    @Test
    void an_api_key_comes_as_a_bearer_value_like_openai_sdks_send_it() {
        assertThat(PresentedCredential.apiKey("Bearer " + KEY, null)).contains(KEY);
        assertThat(PresentedCredential.apiKey("bearer " + KEY, null)).contains(KEY);
        assertThat(PresentedCredential.carriesSessionToken("Bearer " + KEY)).isFalse();
    }

    @Test
    void or_in_the_x_api_key_header() {
        assertThat(PresentedCredential.apiKey(null, KEY)).contains(KEY);
        assertThat(PresentedCredential.apiKey(null, "  " + KEY + " ")).contains(KEY);
        assertThat(PresentedCredential.apiKey(null, "  ")).isEmpty();
    }

    @Test
    void any_other_bearer_value_is_a_session_token() {
        assertThat(PresentedCredential.carriesSessionToken("Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")).isTrue();
        assertThat(PresentedCredential.apiKey("Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig", null)).isEmpty();
    }

    @Test
    void authorization_wins_over_x_api_key() {
        assertThat(PresentedCredential.apiKey("Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig", KEY)).isEmpty();
        assertThat(PresentedCredential.apiKey("Basic dXNlcjpwYXNz", KEY)).isEmpty();
    }

    @Test
    void other_schemes_and_empty_values_are_no_credential() {
        assertThat(PresentedCredential.carriesSessionToken("Basic dXNlcjpwYXNz")).isFalse();
        assertThat(PresentedCredential.carriesSessionToken("Bearer ")).isFalse();
        assertThat(PresentedCredential.carriesSessionToken(null)).isFalse();
        assertThat(PresentedCredential.apiKey(null, null)).isEmpty();
    }
}
