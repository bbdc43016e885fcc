package io.athgrid.registry.uptime;

import java.time.Instant;

/** A time a container spent OFFLINE; {@code end} is null while it still is. */
public record OfflineInterval(Instant start, Instant end) {
}
