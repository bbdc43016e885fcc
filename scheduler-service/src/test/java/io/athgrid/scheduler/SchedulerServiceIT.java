package io.athgrid.scheduler;

import io.athgrid.support.testing.ServiceContract;
import io.athgrid.support.testing.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

@ServiceIntegrationTest
@TestPropertySource(properties = "spring.config.name=" + SchedulerApplication.CONFIG_NAME)
class SchedulerServiceIT extends ServiceContract {
}
