package io.athgrid.staking.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContainerIdBytesTest {

    @Test
    void a_container_id_goes_to_bytes32_and_back() {
        String id = "7f3a9c1e-0b2d-4e5f-8a6b-1c2d3e4f5a6b";

        byte[] bytes = ContainerIdBytes.toBytes32(id);

        assertThat(bytes).hasSize(32);
        assertThat(Arrays.copyOfRange(bytes, 0, 16)).containsOnly(0);
        assertThat(bytes[16]).isEqualTo((byte) 0x7f);
        assertThat(ContainerIdBytes.fromBytes32(bytes)).isEqualTo(id);
    }

    @Test
    void bytes_that_are_not_a_right_aligned_uuid_name_no_container() {
        byte[] hashLike = new byte[32];
        hashLike[0] = 1;

        assertThat(ContainerIdBytes.fromBytes32(hashLike)).isNull();
        assertThat(ContainerIdBytes.fromBytes32(new byte[31])).isNull();
    }

    @Test
    void only_registry_ids_are_accepted() {
        assertThatThrownBy(() -> ContainerIdBytes.toBytes32("container-7")).isInstanceOf(IllegalArgumentException.class);
    }
}
