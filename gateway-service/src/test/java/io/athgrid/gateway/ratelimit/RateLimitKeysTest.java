package io.athgrid.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.support.identity.Caller;
import org.junit.jupiter.api.Test;

class RateLimitKeysTest {

    @Test
    void an_enterprise_draws_from_its_own_bucket() {
        String key = RateLimitKeys.forCaller(Caller.enterprise("7d3c3f4e-0000-4000-8000-000000000001"));

        assertThat(key).isEqualTo("enterprise:7d3c3f4e-0000-4000-8000-000000000001");
        assertThat(RateLimitKeys.tierOf(key)).isEqualTo(RateLimitTier.ENTERPRISE);
    }

    @Test
    void a_wallet_draws_from_its_lower_case_address_bucket_operators_included() {
        assertThat(RateLimitKeys.forCaller(Caller.wallet("0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266")))
                .isEqualTo("wallet:0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        String operator = RateLimitKeys.forCaller(Caller.operator("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        assertThat(operator).isEqualTo("wallet:0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        assertThat(RateLimitKeys.tierOf(operator)).isEqualTo(RateLimitTier.WALLET);
    }

    @Test
    void anonymous_calls_draw_from_their_address_bucket() {
        assertThat(RateLimitKeys.forAnonymous("203.0.113.7")).isEqualTo("ip:203.0.113.7");
        assertThat(RateLimitKeys.forAnonymous(null)).isEqualTo("ip:unknown");
        assertThat(RateLimitKeys.tierOf("ip:203.0.113.7")).isEqualTo(RateLimitTier.ANONYMOUS);
    }

    @Test
    void a_node_heartbeat_draws_from_its_container_bucket() {
        assertThat(RateLimitKeys.forNode("c-1")).isEqualTo("node:c-1");
        assertThat(RateLimitKeys.tierOf("node:c-1")).isEqualTo(RateLimitTier.NODE);
    }

    @Test
    void a_key_of_unknown_form_gets_the_strictest_limits() {
        assertThat(RateLimitKeys.tierOf("enterprise-but-not-quite")).isEqualTo(RateLimitTier.ANONYMOUS);
    }
}
