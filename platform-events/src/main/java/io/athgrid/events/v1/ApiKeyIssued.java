package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;

/** An API key was issued to an enterprise. Carries the key's public prefix, never the secret. */
public record ApiKeyIssued(String apiKeyId, String enterpriseId, String prefix, String name, Instant issuedAt)
        implements PlatformEvent {

    @Override
    public String partitionKey() {
        return enterpriseId;
    }
}
