package io.athgrid.gateway.identity.siwe;

/**
 * A well-formed sign-in that does not prove who the caller is (wrong domain or chain, expired,
 * bad signature, unknown or used nonce): answered as 401.
 */
public class SiweRejectedException extends RuntimeException {

    public SiweRejectedException(String reason) {
        super(reason);
    }
}
