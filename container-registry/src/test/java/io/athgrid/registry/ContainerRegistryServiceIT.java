package io.athgrid.registry;

import io.athgrid.support.testing.ServiceContract;
import io.athgrid.support.testing.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

@ServiceIntegrationTest
@TestPropertySource(locations = RegistryIT.PROPERTIES,
        properties = "spring.config.name=" + ContainerRegistryApplication.CONFIG_NAME)
class ContainerRegistryServiceIT extends ServiceContract {
}
