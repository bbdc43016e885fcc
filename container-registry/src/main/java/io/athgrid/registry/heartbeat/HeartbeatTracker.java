package io.athgrid.registry.heartbeat;

import io.athgrid.protocol.signature.PublicKeyVerifier;
import io.athgrid.registry.container.LastHeartbeats;
import io.athgrid.registry.lifecycle.ContainerStatus;
import io.athgrid.registry.lifecycle.StatusApplied;
import io.athgrid.registry.registration.ContainerEnrolled;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The in-memory heartbeat state of every container this instance watches. Live containers are
 * loaded at start with a grace period (their last flushed heartbeat or the start time, whichever is
 * later), new ones when their registration commits, others the first time they send a heartbeat.
 * Assumes that all heartbeats of one container reach this one instance.
 */
@Component
public class HeartbeatTracker implements LastHeartbeats {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatTracker.class);
    private static final String SELECT = """
            select id, node_public_key, status, last_heartbeat_sequence, last_heartbeat_at from container""";

    private final ConcurrentMap<UUID, TrackedContainer> tracked = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;

    public HeartbeatTracker(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void watchLiveContainers() {
        Instant startedAt = clock.instant();
        jdbc.sql(SELECT + " where status in ('CHECKING', 'WAITING_FOR_STAKE', 'STANDBY', 'SERVING', 'HALTED', 'OFFLINE')")
                .query((rs, row) -> row(rs, startedAt))
                .list()
                .forEach(container -> tracked.putIfAbsent(container.id(), container));
        log.info("Watching heartbeats of {} containers", tracked.size());
    }

    /** The container's heartbeat state, loaded from the database the first time; empty if there is no such container. */
    public Optional<TrackedContainer> find(UUID containerId) {
        TrackedContainer known = tracked.get(containerId);
        if (known != null) {
            return Optional.of(known);
        }
        return jdbc.sql(SELECT + " where id = ?")
                .param(containerId)
                .query((rs, row) -> row(rs, clock.instant()))
                .optional()
                .map(loaded -> tracked.computeIfAbsent(containerId, id -> loaded));
    }

    public Collection<TrackedContainer> all() {
        return tracked.values();
    }

    @TransactionalEventListener
    void enrolled(ContainerEnrolled enrolled) {
        tracked.putIfAbsent(enrolled.containerId(), new TrackedContainer(enrolled.containerId(),
                PublicKeyVerifier.ofHex(enrolled.nodePublicKey()), ContainerStatus.CHECKING, Long.MIN_VALUE,
                enrolled.registeredAt(), null));
    }

    @TransactionalEventListener
    void statusApplied(StatusApplied applied) {
        TrackedContainer container = tracked.get(applied.containerId());
        if (container != null) {
            container.status(applied.status());
        }
    }

    @Override
    public Optional<Instant> lastHeartbeatAt(UUID containerId) {
        return Optional.ofNullable(tracked.get(containerId)).map(TrackedContainer::lastHeartbeatAt);
    }

    private static TrackedContainer row(ResultSet rs, Instant watchingFrom) throws SQLException {
        long sequence = rs.getLong(4);
        boolean neverFlushed = rs.wasNull();
        Timestamp lastHeartbeat = rs.getTimestamp(5);
        Instant lastHeartbeatAt = lastHeartbeat == null ? null : lastHeartbeat.toInstant();
        Instant lastSeen = lastHeartbeatAt != null && lastHeartbeatAt.isAfter(watchingFrom)
                ? lastHeartbeatAt : watchingFrom;
        return new TrackedContainer(rs.getObject(1, UUID.class), PublicKeyVerifier.ofHex(rs.getString(2)),
                ContainerStatus.valueOf(rs.getString(3)), neverFlushed ? Long.MIN_VALUE : sequence, lastSeen,
                lastHeartbeatAt);
    }
}
