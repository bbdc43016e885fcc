package io.athgrid.maas;

import io.athgrid.support.testing.ServiceContract;
import io.athgrid.support.testing.ServiceIntegrationTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

@ServiceIntegrationTest
@TestPropertySource(properties = "spring.config.name=" + MaasApplication.CONFIG_NAME)
@ContextConfiguration(initializers = SchedulerStandInInitializer.class)
class MaasServiceIT extends ServiceContract {
}
