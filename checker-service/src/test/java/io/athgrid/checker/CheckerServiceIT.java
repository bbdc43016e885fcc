package io.athgrid.checker;

import io.athgrid.support.testing.ServiceContract;

@CheckerIntegrationTest
class CheckerServiceIT extends ServiceContract {
}
