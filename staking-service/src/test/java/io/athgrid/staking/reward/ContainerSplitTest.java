package io.athgrid.staking.reward;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.staking.ledger.Origin;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerSplitTest {

    private static final ContainerShare C1 = new ContainerShare("c-1", "0x00000000000000000000000000000000000000A1");
    private static final ContainerShare C2 = new ContainerShare("c-2", "0x00000000000000000000000000000000000000a1");
    private static final ContainerShare C3 = new ContainerShare("c-3", "0x00000000000000000000000000000000000000b2");

    @Test
    void a_container_pool_is_split_by_confirmed_gpu_seconds_exact_to_the_wei() {
        Map<ContainerShare, Long> units = Map.of(C1, 60L * 8, C2, 60L * 4, C3, 0L);

        assertThat(ContainerSplit.split(BigInteger.valueOf(1_000), units))
                .containsExactly(Map.entry(C1, BigInteger.valueOf(667)), Map.entry(C2, BigInteger.valueOf(333)));
    }

    @Test
    void capacity_gets_its_share_rounded_down_and_delivery_the_rest() {
        ContainerEmission emission = new ContainerEmission(BigInteger.valueOf(1_001), 5000);

        assertThat(emission.of(Origin.PROOF_OF_CAPACITY)).isEqualTo(BigInteger.valueOf(500));
        assertThat(emission.of(Origin.PROOF_OF_DELIVERY)).isEqualTo(BigInteger.valueOf(501));
    }
}
