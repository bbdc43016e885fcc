package io.athgrid.support.identity;

import io.athgrid.support.ServiceProperties;
import io.athgrid.support.web.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Services trust one credential only: the gateway's internal token. Health, metrics and API docs
 * stay open for probes and scrapers, and the service's signed paths for requests that carry their
 * own signature; everything else needs a verified caller.
 */
@AutoConfiguration(before = ServletWebSecurityAutoConfiguration.class, after = InternalTokenAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({InternalTokenProperties.class, ServiceProperties.class})
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

    @Bean
    JwtDecoder internalTokenDecoder(InternalTokenProperties properties) {
        return InternalTokenDecoder.create(properties);
    }

    /**
     * No observation per security filter: on a heartbeat they cost more CPU than the signature
     * check. Requests are still measured as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Signed paths verify their own signatures and keep no session: they pass only the filters
     * that check a gateway token sent along and turn failures into problem+json.
     */
    @Bean
    @Order(1)
    SecurityFilterChain signedPathSecurity(HttpSecurity http, JwtDecoder internalTokenDecoder,
            ProblemResponses problems, ServiceProperties service) throws Exception {
        return http
                .securityMatcher(SignedPaths.matcher(service.signedPaths()))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .oauth2ResourceServer(resourceServer -> internalToken(resourceServer, internalTokenDecoder, problems))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain serviceSecurity(HttpSecurity http, JwtDecoder internalTokenDecoder, ProblemResponses problems,
            ServiceProperties service) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> internalToken(resourceServer, internalTokenDecoder, problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "Authentication is required"))
                        .accessDeniedHandler((request, response, denied) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "You may not access this resource")))
                .build();
    }

    private static void internalToken(OAuth2ResourceServerConfigurer<HttpSecurity> resourceServer,
            JwtDecoder internalTokenDecoder, ProblemResponses problems) {
        resourceServer
                .jwt(jwt -> jwt
                        .decoder(internalTokenDecoder)
                        .jwtAuthenticationConverter(token ->
                                new CallerAuthentication(InternalTokenDecoder.caller(token), token.getTokenValue())))
                .authenticationEntryPoint((request, response, failure) -> problems.write(request, response,
                        HttpStatus.UNAUTHORIZED, "Sign in through the gateway: this service accepts only "
                                + "requests the gateway has authenticated"));
    }
}
