package io.athgrid.staking.reward;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Both staking pools: locked, emitting, APR and schedules; the same for every caller. */
@RestController
class StakingPoolsController {

    private final PoolOverview pools;

    StakingPoolsController(PoolOverview pools) {
        this.pools = pools;
    }

    @GetMapping("/pools")
    PoolOverview.PoolsView pools() {
        return pools.now();
    }
}
