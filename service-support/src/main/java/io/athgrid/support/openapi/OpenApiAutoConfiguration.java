package io.athgrid.support.openapi;

import io.athgrid.support.ServiceProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Describes the service as clients see it: behind the gateway, under its public path, with an API
 * key or a wallet session as the bearer credential.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(ServiceProperties service) {
        return new OpenAPI()
                .info(new Info().title("athgrid " + service.name()).version("v1"))
                .addServersItem(new Server().url(service.publicPath()).description("through the gateway"))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An enterprise API key (ath_...) or a wallet session token from "
                                + "/api/identity/siwe/login")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
