package io.athgrid.staking.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.staking.chain.ContractsController.ContractsView;
import org.junit.jupiter.api.Test;

class ContractsControllerTest {

    private static final String DISTRIBUTOR = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707";

    @Test
    void names_the_chain_and_every_configured_contract() {
        ChainProperties chain = new ChainProperties("http://127.0.0.1:8545", 421_614L, null, null, null, null, null,
                "0x5FbDB2315678afecb367f032d93F642f64180aa3", "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
                "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0", DISTRIBUTOR, null);

        ContractsView view = new ContractsController(chain).contracts();

        assertThat(view.chainId()).isEqualTo(421_614L);
        assertThat(view.athToken()).isEqualToIgnoringCase("0x5FbDB2315678afecb367f032d93F642f64180aa3");
        assertThat(view.rewardDistributor()).isEqualToIgnoringCase(DISTRIBUTOR);
        assertThat(view.stakingPools()).isEqualToIgnoringCase("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
        assertThat(view.containerBonds()).isEqualToIgnoringCase("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");
    }

    @Test
    void a_deployment_that_follows_no_chain_names_no_contract_and_the_default_chain() {
        ChainProperties chain = new ChainProperties(null, null, null, null, null, null, null, null, null, null, null,
                null);

        ContractsView view = new ContractsController(chain).contracts();

        assertThat(view.rewardDistributor()).isNull();
        assertThat(view.chainId()).isEqualTo(421_614L);
    }
}
