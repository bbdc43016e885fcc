package io.athgrid.staking;

import io.athgrid.support.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** staking-service: pools, locks, epochs, reward computation for stakers, containers and checkers, vATH ledger and vesting, settlement on Arbitrum through web3j, chain event indexing. */
@SpringBootApplication
public class StakingApplication {

    public static final String CONFIG_NAME = "staking-service";

    public static void main(String[] args) {
        ServiceApplications.create(StakingApplication.class, CONFIG_NAME).run(args);
    }
}
