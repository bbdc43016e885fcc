package io.athgrid.gateway.security;

import io.athgrid.gateway.identity.apikey.ApiKeyAuthenticator;
import io.athgrid.support.identity.CallerAuthentication;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import reactor.core.publisher.Mono;

/** Authenticates enterprises by API key ({@code Authorization: Bearer ath_...} or {@code X-Api-Key}). */
final class ApiKeyAuthenticationFilter {

    private ApiKeyAuthenticationFilter() {
    }

    static AuthenticationWebFilter create(ApiKeyAuthenticator authenticator, ServerAuthenticationEntryPoint entryPoint) {
        AuthenticationWebFilter filter = new AuthenticationWebFilter(manager(authenticator));
        filter.setServerAuthenticationConverter(exchange -> {
            HttpHeaders headers = exchange.getRequest().getHeaders();
            return Mono.justOrEmpty(PresentedCredential.apiKey(headers.getFirst(HttpHeaders.AUTHORIZATION),
                    headers.getFirst(PresentedCredential.API_KEY_HEADER))).map(PresentedApiKey::new);
        });
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(entryPoint));
        // Every request carries its credential; nothing is remembered between requests.
        filter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        return filter;
    }

    private static ReactiveAuthenticationManager manager(ApiKeyAuthenticator authenticator) {
        return authentication -> {
            String key = ((PresentedApiKey) authentication).key;
            return authenticator.authenticate(key)
                    .<Authentication>map(caller -> new CallerAuthentication(caller, null))
                    .switchIfEmpty(Mono.error(() -> new BadCredentialsException("The API key is invalid or revoked")));
        };
    }

    /** An API key as presented, before it is checked. */
    private static final class PresentedApiKey extends AbstractAuthenticationToken {

        private final String key;

        PresentedApiKey(String key) {
            super(List.of());
            this.key = key;
        }

        @Override
        public Object getCredentials() {
            return key;
        }

        @Override
        public Object getPrincipal() {
            return key.length() > 12 ? key.substring(0, 12) : key;
        }
    }
}
