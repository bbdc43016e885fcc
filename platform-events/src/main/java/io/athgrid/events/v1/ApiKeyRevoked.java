package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;

/** An API key was revoked; calls made with it are refused from now on. */
public record ApiKeyRevoked(String apiKeyId, String enterpriseId, Instant revokedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return enterpriseId;
    }
}
