package io.athgrid.maas.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EngineEndpointsTest {

    @Test
    void an_engines_base_uri_is_an_endpoint() {
        assertThat(EngineEndpoints.problem("http://203.0.113.7:8000")).isEmpty();
        assertThat(EngineEndpoints.problem("https://engine.example:8443/")).isEmpty();
        assertThat(EngineEndpoints.problem("http://[2001:db8::7]:8000")).isEmpty();
        assertThat(EngineEndpoints.problem("HTTP://10.0.0.7:8000")).as("schemes in any case").isEmpty();
        assertThat(EngineEndpoints.parse("http://10.0.0.7:8000")).isEqualTo(URI.create("http://10.0.0.7:8000"));
    }

    @Test
    void anything_else_is_refused_saying_why() {
        assertThat(EngineEndpoints.problem(null)).hasValue("is required");
        assertThat(EngineEndpoints.problem("")).hasValue("is required");
        assertThat(EngineEndpoints.problem("10.0.0.7:8000")).isPresent();
        assertThat(EngineEndpoints.problem("engine.example:8000")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("absolute http or https"));
        assertThat(EngineEndpoints.problem("/v1")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("absolute http or https"));
        assertThat(EngineEndpoints.problem("ftp://10.0.0.7/")).isPresent();
        assertThat(EngineEndpoints.problem("file:///etc/passwd")).isPresent();
        assertThat(EngineEndpoints.problem("mailto:ops@example.com")).isPresent();
        assertThat(EngineEndpoints.problem("http:///v1")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("host"));
        assertThat(EngineEndpoints.problem("http://user:secret@10.0.0.7:8000")).hasValueSatisfying(problem ->
                assertThat(problem).contains("user info"));
        assertThat(EngineEndpoints.problem("http://10.0.0.7:8000/?debug=1")).hasValue("must have no query or fragment");
        assertThat(EngineEndpoints.problem("http://10.0.0.7:8000/#top")).hasValue("must have no query or fragment");
        assertThat(EngineEndpoints.problem("http://10.0.0.7:8000/a b")).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("is not a URI"));
        assertThat(EngineEndpoints.problem("http://e.example/" + "a".repeat(EngineEndpoints.MAX_LENGTH)))
                .hasValueSatisfying(problem -> assertThat(problem).contains("at most 512"));
        assertThatThrownBy(() -> EngineEndpoints.parse("ftp://x/")).isInstanceOf(IllegalArgumentException.class);
    }
}
