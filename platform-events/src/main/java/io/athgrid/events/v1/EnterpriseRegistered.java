package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;

/** An operator registered an enterprise customer; it may now hold API keys. */
public record EnterpriseRegistered(String enterpriseId, String name, Instant registeredAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return enterpriseId;
    }
}
