package io.athgrid.support.identity;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.support.testapp.SupportIntegrationTest;
import io.athgrid.support.testing.ServiceHttp;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@SupportIntegrationTest
class SignedPathsIT {

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private InternalTokenIssuer tokens;

    @Test
    void a_signed_path_is_open_without_the_gateway_token_and_other_paths_are_not() {
        ServiceHttp http = new ServiceHttp(port);

        assertThat(http.get("/signed/echo").body()).isEqualTo("anonymous");
        assertThat(http.get("/caller").statusCode()).isEqualTo(401);
        // Only the method the entry names is open.
        assertThat(http.post("/signed/echo", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_sent_to_a_signed_path_is_still_verified() {
        ServiceHttp http = new ServiceHttp(port);
        InternalTokenIssuer forger = new InternalTokenIssuer(
                new InternalTokenProperties("not-the-platform-secret-but-long-enough", null), Clock.systemUTC());

        assertThat(http.get("/signed/echo", "Authorization", bearer(tokens.issue(Caller.wallet("0xAbC"), "r1")))
                .body()).isEqualTo("0xabc");
        assertThat(http.get("/signed/echo", "Authorization", bearer(forger.issue(Caller.wallet("0xabc"), "r2")))
                .statusCode()).isEqualTo(401);
    }
}
