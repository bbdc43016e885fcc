package io.athgrid.indexer;

import io.athgrid.support.testing.ServiceContract;

@IndexerIntegrationTest
class IndexerServiceIT extends ServiceContract {
}
