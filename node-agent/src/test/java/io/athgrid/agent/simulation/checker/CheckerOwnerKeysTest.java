package io.athgrid.agent.simulation.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.simulation.DevOwnerKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerOwnerKeysTest {

    @Test
    void are_the_same_for_the_same_seed_and_never_a_fleets_container_owners() {
        List<String> owners = addresses(CheckerOwnerKeys.derive(42, 10));

        assertThat(owners).hasSize(10).doesNotHaveDuplicates().isEqualTo(addresses(CheckerOwnerKeys.derive(42, 10)));
        assertThat(owners).doesNotContainAnyElementsOf(addresses(DevOwnerKeys.derive(42, 10)));
        assertThat(owners).doesNotContainAnyElementsOf(addresses(CheckerOwnerKeys.derive(43, 10)));
    }

    private static List<String> addresses(List<org.web3j.crypto.ECKeyPair> keys) {
        return keys.stream().map(KeyFile::address).toList();
    }
}
