package io.athgrid.scheduler.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.scheduler.lease.Lease;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UsageTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID JOB = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static Lease lease(String container, int placement, int gpus, Instant started, Instant ended,
            String reason) {
        return new Lease(UUID.randomUUID(), JOB, placement, UUID.randomUUID(), container, "0x" + container, gpus,
                new BigDecimal("2.49"), started, started, ended, reason);
    }

    @Test
    void counts_gpu_seconds_of_ended_leases_to_their_end_and_running_ones_to_now() {
        Lease lost = lease("c-1", 1, 8, T0, T0.plusSeconds(600), "CONTAINER_LOST");
        Lease running = lease("c-2", 2, 8, T0.plusSeconds(660), null, null);
        Instant now = T0.plusSeconds(1_000);

        Usage usage = Usage.of(ORDER, List.of(lost, running), now);

        assertThat(usage.orderId()).isEqualTo(ORDER);
        assertThat(usage.leases()).extracting(Usage.LeaseUsage::gpuSeconds).containsExactly(8L * 600, 8L * 340);
        assertThat(usage.gpuSeconds()).isEqualTo(8L * 600 + 8L * 340);
        assertThat(usage.leases().get(0)).isEqualTo(new Usage.LeaseUsage("c-1", "0xc-1", 1, 8, T0,
                T0.plusSeconds(600), "CONTAINER_LOST", 4_800));
        assertThat(usage.leases().get(1).endedAt()).isNull();
    }

    @Test
    void leaves_out_leases_that_never_started() {
        Lease started = lease("c-1", 1, 2, T0, T0.plusSeconds(100), "COMPLETED");
        Lease neverStarted = lease("c-2", 1, 2, null, T0.plusSeconds(100), "PROVISION_TIMEOUT");

        Usage usage = Usage.of(ORDER, List.of(started, neverStarted), T0.plusSeconds(500));

        assertThat(usage.leases()).extracting(Usage.LeaseUsage::containerId).containsExactly("c-1");
        assertThat(usage.gpuSeconds()).isEqualTo(200);
    }

    @Test
    void several_containers_of_one_placement_each_count_their_own_gpus() {
        Lease a = lease("c-1", 1, 4, T0, null, null);
        Lease b = lease("c-2", 1, 8, T0, null, null);

        Usage usage = Usage.of(ORDER, List.of(a, b), T0.plusSeconds(60));

        assertThat(usage.gpuSeconds()).isEqualTo(4 * 60 + 8 * 60);
    }

    @Test
    void no_leases_no_usage() {
        Usage usage = Usage.of(ORDER, List.of(), T0);

        assertThat(usage.gpuSeconds()).isZero();
        assertThat(usage.leases()).isEmpty();
    }
}
