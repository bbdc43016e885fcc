package io.athgrid.maas.openai;

import io.athgrid.support.identity.CallerAuthentication;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.identity.InternalTokenDecoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call /v1: enterprises, with the gateway's internal token for their API key, as on every
 * other path; but refusals are OpenAI errors, not problem+json. Ahead of service-support's chains.
 */
@Configuration(proxyBeanMethods = false)
class OpenAiSecurity {

    @Bean
    OpenAiErrorWriter openAiErrorWriter(JsonMapper json) {
        return new OpenAiErrorWriter(json);
    }

    @Bean
    OpenAiExceptionResolver openAiExceptionResolver(OpenAiErrorWriter writer) {
        return new OpenAiExceptionResolver(writer);
    }

    @Bean
    @Order(0)
    SecurityFilterChain openAiSecurityChain(HttpSecurity http, JwtDecoder internalTokenDecoder,
            OpenAiErrorWriter writer) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> writer.write(response,
                OpenAiErrors.clientError(HttpStatus.UNAUTHORIZED, "Call the API through the athgrid gateway with "
                        + "your API key (Authorization: Bearer <key>): this service accepts only requests the "
                        + "gateway has authenticated"));
        AccessDeniedHandler denied = (request, response, failure) -> writer.write(response,
                OpenAiErrors.clientError(HttpStatus.FORBIDDEN, "The OpenAI-compatible API is for enterprise API "
                        + "keys; signed-in wallets use /api/maas"));
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(OpenAiPaths.PATTERN))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(CallerKind.ENTERPRISE.name()))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt
                                .decoder(internalTokenDecoder)
                                .jwtAuthenticationConverter(token -> new CallerAuthentication(
                                        InternalTokenDecoder.caller(token), token.getTokenValue())))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .build();
    }
}
