package io.athgrid.support.identity;

/** How a caller proved who it is at the gateway. */
public enum CallerKind {
    /** An AI enterprise calling with one of its API keys; the caller id is the enterprise id. */
    ENTERPRISE,
    /** A wallet holder (provider, staker, checker operator) signed in with EIP-4361; the id is the address. */
    WALLET
}
