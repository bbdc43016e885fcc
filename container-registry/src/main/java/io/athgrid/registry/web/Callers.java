package io.athgrid.registry.web;

import io.athgrid.support.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * For endpoints that share a path pattern with a signed path (GET /containers shares
 * {@code /containers} with registrations): the security filter lets them through without the
 * gateway's token, so they refuse an anonymous caller themselves.
 */
public final class Callers {

    private Callers() {
    }

    public static Caller require(Caller caller) {
        if (caller == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentication is required");
        }
        return caller;
    }
}
