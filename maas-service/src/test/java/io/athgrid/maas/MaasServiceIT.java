package io.athgrid.maas;

import io.athgrid.support.testing.ServiceContract;
import io.athgrid.support.testing.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

@ServiceIntegrationTest
@TestPropertySource(properties = "spring.config.name=" + MaasApplication.CONFIG_NAME)
class MaasServiceIT extends ServiceContract {
}
