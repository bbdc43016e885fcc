package io.athgrid.support.identity;

/**
 * The short-lived token the gateway puts in {@code Authorization: Bearer ...} of every request it
 * forwards, after it has authenticated the caller. Services accept nothing else.
 */
public final class InternalToken {

    public static final String ISSUER = "athgrid-gateway";
    public static final String AUDIENCE = "athgrid-services";
    public static final String CLAIM_KIND = "kind";
    public static final String CLAIM_ROLES = "roles";
    public static final String CLAIM_REQUEST_ID = "rid";

    private InternalToken() {
    }
}
