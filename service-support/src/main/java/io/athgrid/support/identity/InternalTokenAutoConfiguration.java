package io.athgrid.support.identity;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import io.athgrid.support.ServiceSupportAutoConfiguration;

/** The internal token's settings and its issuer, for the gateway and for tests calling a service directly. */
@AutoConfiguration(after = ServiceSupportAutoConfiguration.class)
@ConditionalOnProperty("athgrid.identity.internal-token.secret")
@EnableConfigurationProperties(InternalTokenProperties.class)
public class InternalTokenAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    InternalTokenIssuer internalTokenIssuer(InternalTokenProperties properties, Clock clock) {
        return new InternalTokenIssuer(properties, clock);
    }
}
