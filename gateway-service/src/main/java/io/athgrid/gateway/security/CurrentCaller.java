package io.athgrid.gateway.security;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerAuthentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/** The caller the gateway authenticated for the current request; empty for anonymous public calls. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Mono<Caller> get() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CallerAuthentication.class::isInstance)
                .map(authentication -> ((CallerAuthentication) authentication).getPrincipal());
    }
}
