package io.athgrid.staking;

import io.athgrid.support.testing.ServiceContract;
import io.athgrid.support.testing.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

@ServiceIntegrationTest
@TestPropertySource(properties = "spring.config.name=" + StakingApplication.CONFIG_NAME)
class StakingServiceIT extends ServiceContract {
}
