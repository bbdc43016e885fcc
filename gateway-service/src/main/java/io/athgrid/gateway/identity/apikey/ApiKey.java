package io.athgrid.gateway.identity.apikey;

import io.athgrid.gateway.identity.NewEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One of an enterprise's API keys: its display prefix and hash, never the key. */
@Entity
@Table(name = "api_key")
public class ApiKey extends NewEntity<UUID> {

    @Id
    private UUID id;

    @Column(name = "enterprise_id", nullable = false)
    private UUID enterpriseId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String prefix;

    @Column(name = "key_hash", nullable = false, unique = true)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(UUID id, UUID enterpriseId, String name, String prefix, String keyHash, Instant createdAt) {
        this.id = id;
        this.enterpriseId = enterpriseId;
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
    }

    /** Revokes the key; says whether this call did it (false when it was revoked before). */
    boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    String keyHash() {
        return keyHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
