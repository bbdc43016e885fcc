package io.athgrid.gateway.security;

import io.athgrid.gateway.identity.apikey.ApiKeyAuthenticator;
import io.athgrid.gateway.identity.session.SessionTokens;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerAuthentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * Who gets in: enterprises by API key, wallets by session token (a JWT Spring Security's resource
 * server verifies), anyone on the public paths. Stateless: no sessions, no cookies, so no CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No observation around each security filter: every proxied call passes a dozen of them, and timing
     * each cost more than the API key check. Requests are still measured whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ReactiveJwtDecoder sessionTokenDecoder(SessionTokens sessions) {
        return sessions.decoder();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder sessionTokenDecoder,
            ApiKeyAuthenticator apiKeys, ProblemSecurityResponses responses) {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PublicPaths.PATTERNS).permitAll()
                        .pathMatchers(HttpMethod.POST, PublicPaths.NODE_POSTS).permitAll()
                        .pathMatchers("/actuator/**").hasRole(Caller.OPERATOR)
                        .anyExchange().authenticated())
                .addFilterAt(ApiKeyAuthenticationFilter.create(apiKeys, responses.entryPoint()),
                        SecurityWebFiltersOrder.AUTHENTICATION)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        // API keys also come as bearer values; they are the other filter's business.
                        .bearerTokenConverter(exchange -> PresentedCredential.carriesSessionToken(
                                exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                                ? bearer.convert(exchange) : Mono.empty())
                        .jwt(jwt -> jwt
                                .jwtDecoder(sessionTokenDecoder)
                                .jwtAuthenticationConverter(token -> Mono.just(
                                        new CallerAuthentication(SessionTokens.caller(token), token.getTokenValue()))))
                        .authenticationEntryPoint(responses.entryPoint())
                        .accessDeniedHandler(responses.accessDeniedHandler()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(responses.entryPoint())
                        .accessDeniedHandler(responses.accessDeniedHandler()))
                .build();
    }
}
