package io.athgrid.indexer.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.indexer.fixtures.Indexed;
import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.index.IndexedContainer;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenDecoder;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.identity.InternalTokenProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistrySnapshotTest {

    private static final InternalTokenProperties TOKENS =
            new InternalTokenProperties("registry-snapshot-test-secret-0123456789", Duration.ofSeconds(60));

    private final RecordedRegistry registry = new RecordedRegistry();
    private final RegistrySnapshot client = new RegistrySnapshot(registry.url(),
            new InternalTokenIssuer(TOKENS, Clock.systemUTC()), 2, Duration.ofSeconds(5), Clock.systemUTC());

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void reads_every_page_of_the_registry_as_the_operator_service_caller() {
        Instant before = Instant.now().minusSeconds(1);

        Snapshot snapshot = client.fetch();

        assertThat(snapshot.containers()).extracting(RegistryContainer::containerId).containsExactly(
                "6f1c1a52-3c1e-4b8e-9d0a-0d3c2b1a0001", "6f1c1a52-3c1e-4b8e-9d0a-0d3c2b1a0002",
                "6f1c1a52-3c1e-4b8e-9d0a-0d3c2b1a0003");
        RegistryContainer first = snapshot.containers().get(0);
        assertThat(first.specs().services()).containsExactly("vllm", "game-streaming");
        assertThat(first.priceUsdPerGpuHour()).isEqualByComparingTo("2.45");
        assertThat(first.statusChangedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(snapshot.asOf()).isAfter(before);
        assertThat(registry.queries()).containsExactly("page=0&size=2", "page=1&size=2");

        Caller caller = InternalTokenDecoder.caller(InternalTokenDecoder.create(TOKENS)
                .decode(registry.authorizations().get(0).substring("Bearer ".length())));
        assertThat(caller).isEqualTo(Caller.operator("service:indexer-service"));
    }

    @Test
    void an_unavailable_registry_fails_the_fetch_and_the_loader_retries_later() {
        CapacityIndex index = new CapacityIndex(0.5);
        SnapshotLoader loader = new SnapshotLoader(client, index);
        registry.available(false);

        assertThatThrownBy(client::fetch).isInstanceOf(RuntimeException.class);
        loader.loadIfPending();
        assertThat(loader.loaded()).isFalse();
        assertThat(loader.failedAttempts()).isEqualTo(1);

        registry.available(true);
        loader.loadIfPending();

        assertThat(loader.loaded()).isTrue();
        IndexedContainer serving = Indexed.find(index, "6f1c1a52-3c1e-4b8e-9d0a-0d3c2b1a0003").orElseThrow();
        assertThat(serving.status()).isEqualTo("SERVING");
        assertThat(serving.offer().region()).isEqualTo("ap-southeast");
        assertThat(serving.offer().services()).containsExactly("game-streaming");
        assertThat(index.snapshot().matchable()).hasSize(3);
    }

    @Test
    void an_event_newer_than_the_snapshot_is_not_undone_by_it() {
        CapacityIndex index = new CapacityIndex(0.5);
        index.statusChanged("6f1c1a52-3c1e-4b8e-9d0a-0d3c2b1a0001", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
                "OFFLINE", Instant.parse("2026-11-25T02:00:00Z"));

        new SnapshotLoader(client, index).loadIfPending();

        assertThat(Indexed.find(index, "6f1c1a52-3c1e-4b8e-9d0a-0d3c2b1a0001").orElseThrow().status()).isEqualTo("OFFLINE");
    }
}
