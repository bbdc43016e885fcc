package io.athgrid.indexer.snapshot;

import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.index.ContainerOffer;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Rebuilds the index from the registry once per process start. Until that succeeds it retries in
 * the background while events keep the index current; older information never overwrites newer.
 */
public class SnapshotLoader {

    private static final Logger log = LoggerFactory.getLogger(SnapshotLoader.class);

    private final RegistrySnapshot registry;
    private final CapacityIndex index;
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private volatile Instant loadedAsOf;

    public SnapshotLoader(RegistrySnapshot registry, CapacityIndex index) {
        this.registry = registry;
        this.index = index;
    }

    @Scheduled(fixedDelayString = "${athgrid.indexer.snapshot.retry-interval}")
    public void loadIfPending() {
        if (loadedAsOf != null) {
            return;
        }
        try {
            Snapshot snapshot = registry.fetch();
            snapshot.containers().forEach(container -> apply(container, snapshot.asOf()));
            loadedAsOf = snapshot.asOf();
            log.info("Index rebuilt from the registry: {} containers as of {}", snapshot.containers().size(),
                    snapshot.asOf());
        } catch (RuntimeException e) {
            int failures = failedAttempts.incrementAndGet();
            log.warn("Cannot read the registry (attempt {}), serving from events meanwhile: {}", failures,
                    e.getMessage());
        }
    }

    public boolean loaded() {
        return loadedAsOf != null;
    }

    public int failedAttempts() {
        return failedAttempts.get();
    }

    private void apply(RegistryContainer container, Instant asOf) {
        Instant statusAsOf = container.statusChangedAt() != null ? container.statusChangedAt()
                : container.registeredAt() != null ? container.registeredAt() : asOf;
        index.offered(container.containerId(), container.owner(), container.status(), statusAsOf,
                ContainerOffer.of(container.specs(), container.region(), container.priceUsdPerGpuHour()), asOf);
    }
}
