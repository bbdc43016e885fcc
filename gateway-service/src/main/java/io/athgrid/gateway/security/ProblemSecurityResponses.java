package io.athgrid.gateway.security;

import io.athgrid.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 from Spring Security, as problem+json (OpenAI-style under /v1). */
@Component
class ProblemSecurityResponses {

    static final String SIGN_IN_HINT = "send an enterprise API key or a wallet session token "
            + "(from /api/identity/siwe/login) as Authorization: Bearer";

    private final ProblemWriter problems;

    ProblemSecurityResponses(ProblemWriter problems) {
        this.problems = problems;
    }

    ServerAuthenticationEntryPoint entryPoint() {
        return (exchange, failure) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, detail(failure));
        };
    }

    ServerAccessDeniedHandler accessDeniedHandler() {
        return (exchange, denied) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                denied.getMessage() == null || denied.getMessage().equals("Access Denied")
                        ? "You may not access this resource" : denied.getMessage());
    }

    private static String detail(AuthenticationException failure) {
        if (failure instanceof InsufficientAuthenticationException) {
            return "Authentication is required: " + SIGN_IN_HINT;
        }
        return "The credentials were refused (" + failure.getMessage() + "); " + SIGN_IN_HINT;
    }
}
