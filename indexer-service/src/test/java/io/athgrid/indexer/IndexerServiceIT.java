package io.athgrid.indexer;

import io.athgrid.support.testing.ServiceContract;
import io.athgrid.support.testing.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

@ServiceIntegrationTest
@TestPropertySource(properties = "spring.config.name=" + IndexerApplication.CONFIG_NAME)
class IndexerServiceIT extends ServiceContract {
}
