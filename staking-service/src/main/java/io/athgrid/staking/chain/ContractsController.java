package io.athgrid.staking.chain;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /contracts}: the chain and the contract addresses this deployment settles on, so a wallet
 * can send its own transactions to them (the dashboard's claim from the reward distributor) without the
 * addresses being built into the client. An address not configured is null.
 */
@RestController
class ContractsController {

    private final ChainProperties chain;

    ContractsController(ChainProperties chain) {
        this.chain = chain;
    }

    @GetMapping("/contracts")
    ContractsView contracts() {
        return ContractsView.of(chain);
    }

    record ContractsView(long chainId, String athToken, String stakingPools, String containerBonds,
            String rewardDistributor) {

        static ContractsView of(ChainProperties chain) {
            return new ContractsView(chain.chainId(), chain.athToken(), chain.stakingPools(), chain.containerBonds(),
                    chain.rewardDistributor());
        }
    }
}
