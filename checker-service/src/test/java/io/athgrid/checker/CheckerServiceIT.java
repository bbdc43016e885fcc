package io.athgrid.checker;

import io.athgrid.support.testing.ServiceContract;
import io.athgrid.support.testing.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

@ServiceIntegrationTest
@TestPropertySource(properties = "spring.config.name=" + CheckerApplication.CONFIG_NAME)
class CheckerServiceIT extends ServiceContract {
}
