package io.athgrid.support.testapp;

import io.athgrid.events.PlatformEvent;
import java.util.UUID;

/** A test-only event; real ones live in platform-events. */
public record AccountOpened(UUID accountId, String owner) implements PlatformEvent {

    public static final String TOPIC = "athgrid.test.accounts";

    @Override
    public String partitionKey() {
        return accountId.toString();
    }
}
