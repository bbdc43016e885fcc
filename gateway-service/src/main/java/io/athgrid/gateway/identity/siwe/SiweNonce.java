package io.athgrid.gateway.identity.siwe;

import io.athgrid.gateway.identity.NewEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A nonce handed to a wallet for one sign-in; it is deleted when that sign-in uses it. */
@Entity
@Table(name = "siwe_nonce")
class SiweNonce extends NewEntity<String> {

    @Id
    private String nonce;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SiweNonce() {
    }

    SiweNonce(String nonce, Instant expiresAt) {
        this.nonce = nonce;
        this.expiresAt = expiresAt;
    }

    @Override
    public String getId() {
        return nonce;
    }

    String nonce() {
        return nonce;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
