package io.athgrid.maas.usage;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.StreamWriteFeature;

/** Wires the token ledger. */
@Configuration(proxyBeanMethods = false)
class UsageConfiguration {

    @Bean
    TokenCharges tokenCharges(JdbcClient jdbc) {
        return new TokenCharges(jdbc);
    }

    /**
     * A few tokens cost less than a millionth of a dollar, which Jackson would write as {@code 3E-7}: every
     * decimal this service answers with is written plainly ({@code 0.0000003}), still exact.
     */
    @Bean
    JsonMapperBuilderCustomizer plainDecimals() {
        return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
