package io.athgrid.gateway.identity;

import io.athgrid.gateway.identity.session.SessionTokenProperties;
import io.athgrid.gateway.identity.session.SessionTokens;
import io.athgrid.support.identity.InternalTokenProperties;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    RandomAlphanumerics randomAlphanumerics() {
        return new RandomAlphanumerics(new SecureRandom());
    }

    @Bean
    SessionTokens sessionTokens(SessionTokenProperties properties, InternalTokenProperties internal, Clock clock) {
        // With one secret, whoever could read one kind of token's key could mint the other kind.
        if (properties.secret().equals(internal.secret())) {
            throw new IllegalStateException("athgrid.gateway.session-token.secret must differ from "
                    + "athgrid.identity.internal-token.secret");
        }
        return new SessionTokens(properties, clock);
    }
}
