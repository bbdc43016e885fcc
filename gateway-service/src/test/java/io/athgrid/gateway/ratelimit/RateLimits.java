package io.athgrid.gateway.ratelimit;

import java.util.function.Supplier;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Test helper: buckets refill while a test runs, so count refusals, not exact positions. */
final class RateLimits {

    private RateLimits() {
    }

    /** Calls until the gateway answers 429 and returns that answer; fails if it never does. */
    static WebTestClient.ResponseSpec firstRefusal(Supplier<WebTestClient.ResponseSpec> call, int attempts) {
        for (int i = 0; i < attempts; i++) {
            WebTestClient.ResponseSpec response = call.get();
            int[] status = new int[1];
            response.expectStatus().value(code -> status[0] = code);
            if (status[0] == 429) {
                return response;
            }
            if (status[0] != 200) {
                throw new AssertionError("expected 200 until refused, got " + status[0]);
            }
            response.expectBody().returnResult();
        }
        throw new AssertionError("no 429 within " + attempts + " quick calls");
    }
}
