package io.athgrid.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.indexer.fixtures.Indexed;
import io.athgrid.indexer.fixtures.Containers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapacityIndexTest {

    private static final Instant T0 = Containers.T0;
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private final CapacityIndex index = new CapacityIndex(0.5);
    private final ContainerOffer offer = Containers.in(index).offer();

    private IndexedContainer container(String id) {
        return Indexed.find(index, id).orElseThrow();
    }

    @Test
    void a_registered_container_is_indexed_with_the_default_qos_score() {
        index.offered("c1", "0xowner", "CHECKING", T0, offer, T0);

        assertThat(container("c1").status()).isEqualTo("CHECKING");
        assertThat(container("c1").qosScore()).isEqualTo(0.5);
        assertThat(container("c1").matchable()).isTrue();
    }

    @Test
    void an_older_status_than_the_one_applied_is_ignored() {
        index.offered("c1", "0xowner", "CHECKING", T0, offer, T0);
        index.statusChanged("c1", "0xowner", "STANDBY", T2);

        index.statusChanged("c1", "0xowner", "WAITING_FOR_STAKE", T1);

        assertThat(container("c1").status()).isEqualTo("STANDBY");
        assertThat(container("c1").statusAsOf()).isEqualTo(T2);
    }

    @Test
    void a_snapshot_older_than_the_events_already_applied_does_not_overwrite_them() {
        ContainerOffer dearer = new ContainerOffer("H100_SXM", 8, 80, 10_000, Set.of("vllm"), null,
                new BigDecimal("4.00"));
        index.offered("c1", "0xowner", "CHECKING", T0, offer, T0);
        index.statusChanged("c1", "0xowner", "STANDBY", T2);
        index.offerChanged("c1", "0xowner", dearer, T2);

        index.offered("c1", "0xowner", "CHECKING", T1, offer, T1);

        assertThat(container("c1").status()).isEqualTo("STANDBY");
        assertThat(container("c1").offer().priceUsdPerGpuHour()).isEqualByComparingTo("4.00");
        assertThat(container("c1").offer().region()).isEqualTo("eu-west");
    }

    @Test
    void events_seen_before_the_registration_are_kept_and_completed_by_it() {
        index.statusChanged("c1", "0xowner", "STANDBY", T2);
        assertThat(container("c1").matchable()).isFalse();

        index.offered("c1", "0xowner", "CHECKING", T0, offer, T0);

        assertThat(container("c1").status()).isEqualTo("STANDBY");
        assertThat(container("c1").matchable()).isTrue();
    }

    @Test
    void a_specs_update_seen_first_takes_its_region_from_the_older_registration() {
        ContainerOffer updated = new ContainerOffer("H100_SXM", 4, 80, 10_000, Set.of("vllm"), null,
                new BigDecimal("2.00"));
        index.offerChanged("c1", "0xowner", updated, T2);

        index.offered("c1", "0xowner", "STANDBY", T0, offer, T0);

        assertThat(container("c1").offer().gpuCount()).isEqualTo(4);
        assertThat(container("c1").offer().region()).isEqualTo("eu-west");
        assertThat(container("c1").offerAsOf()).isEqualTo(T2);
    }

    @Test
    void reserved_marks_follow_reservations_and_the_database() {
        index.offered("c1", "0xowner", "STANDBY", T0, offer, T0);
        index.offered("c2", "0xowner", "STANDBY", T0, offer, T0);

        index.markReserved(List.of("c1"), true);
        assertThat(container("c1").reserved()).isTrue();

        index.reservedExactly(Set.of("c2"));
        assertThat(container("c1").reserved()).isFalse();
        assertThat(container("c2").reserved()).isTrue();
    }

    @Test
    void qos_scores_are_within_zero_and_one() {
        index.offered("c1", "0xowner", "STANDBY", T0, offer, T0);

        index.qosScored("c1", 0.97);

        assertThat(container("c1").qosScore()).isEqualTo(0.97);
        assertThatThrownBy(() -> index.qosScored("c1", 1.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_snapshot_is_immutable_while_the_index_changes() {
        index.offered("c1", "0xowner", "STANDBY", T0, offer, T0);
        IndexSnapshot before = index.snapshot();

        index.statusChanged("c1", "0xowner", "SERVING", T1);
        index.offered("c2", "0xowner", "STANDBY", T0, offer, T0);

        assertThat(before.containers()).singleElement().extracting(IndexedContainer::status).isEqualTo("STANDBY");
    }
}
