package io.athgrid.staking.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChainPropertiesTest {

    private static final String POOLS = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    private static final String BONDS = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
    private static final String DISTRIBUTOR = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
    private static final String KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    @Test
    void without_an_rpc_url_the_chain_is_off_and_the_design_defaults_apply() {
        ChainProperties properties = new ChainProperties(" ", null, null, null, null, null, null, null, null, null,
                null, null);

        assertThat(properties.enabled()).isFalse();
        assertThat(properties.chainId()).isEqualTo(421_614L);
        assertThat(properties.confirmations()).isEqualTo(12);
        assertThat(properties.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.maxBlocksPerPoll()).isEqualTo(2_000);
        assertThat(properties.startBlock()).isZero();
    }

    @Test
    void following_needs_the_three_followed_contracts() {
        assertThatThrownBy(() -> new ChainProperties("http://127.0.0.1:8545", null, null, null, null, null, null, null,
                POOLS, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("container-bonds, reward-distributor");
    }

    @Test
    void addresses_are_checked_and_kept_in_lower_case() {
        ChainProperties properties = new ChainProperties("http://127.0.0.1:8545", null, 2, null, null, null, null, null,
                POOLS, BONDS, DISTRIBUTOR, KEY);

        assertThat(properties.followedContracts()).containsExactly(POOLS.toLowerCase(), BONDS.toLowerCase(),
                DISTRIBUTOR.toLowerCase());
        assertThatThrownBy(() -> new ChainProperties(null, null, null, null, null, null, null, "0x1234", null, null,
                null, null)).hasMessageContaining("ath-token");
    }

    @Test
    void the_settlers_key_never_shows_in_its_text() {
        ChainProperties properties = new ChainProperties("http://127.0.0.1:8545", null, null, null, null, null, null,
                null, POOLS, BONDS, DISTRIBUTOR, KEY);

        assertThat(properties.toString()).doesNotContain(KEY.substring(2, 20)).contains("settlerPrivateKey=****");
        assertThat(properties.settlerPrivateKey()).isEqualTo(KEY);
    }
}
