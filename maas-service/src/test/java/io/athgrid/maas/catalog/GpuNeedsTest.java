package io.athgrid.maas.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GpuNeedsTest {

    /** A 70B model in bf16 with KV-cache headroom, tensor parallel on 4 GPUs of 80 GB. */
    private final GpuNeeds seventyB = new GpuNeeds(80, 4);

    @Test
    void a_node_fits_when_it_has_the_gpus_each_with_the_memory_and_together_enough() {
        assertThat(seventyB.fitsOn(80, 4, 192)).as("4 x H100").isTrue();
        assertThat(seventyB.fitsOn(80, 8, 192)).as("8 x H100: one replica on half of them").isTrue();
        assertThat(seventyB.fitsOn(141, 4, 192)).as("4 x H200").isTrue();
    }

    @Test
    void too_few_gpus_do_not_fit_whatever_their_memory() {
        assertThat(seventyB.fitsOn(141, 2, 192)).as("2 x H200 hold 282 GB but the tensor parallel size is 4")
                .isFalse();
        assertThat(seventyB.fitsOn(180, 1, 192)).isFalse();
    }

    @Test
    void gpus_below_the_minimum_memory_do_not_fit() {
        assertThat(seventyB.fitsOn(48, 4, 192)).as("4 x L40S hold 192 GB but each has 48").isFalse();
        assertThat(seventyB.fitsOn(24, 16, 192)).isFalse();
    }

    @Test
    void the_replicas_gpus_together_must_hold_what_it_needs() {
        GpuNeeds loose = new GpuNeeds(24, 1);

        assertThat(loose.fitsOn(24, 1, 24)).isTrue();
        assertThat(loose.fitsOn(24, 8, 40)).as("one GPU per replica, however many the node has").isFalse();
        assertThat(loose.fitsOn(48, 1, 40)).isTrue();
    }

    @Test
    void a_replica_uses_one_to_sixteen_gpus_of_at_most_1024_gb() {
        assertThat(seventyB.replicaVramGb()).isEqualTo(320);
        assertThatIllegalArgumentException().isThrownBy(() -> new GpuNeeds(80, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GpuNeeds(80, 17));
        assertThatIllegalArgumentException().isThrownBy(() -> new GpuNeeds(0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new GpuNeeds(1025, 1));
    }
}
