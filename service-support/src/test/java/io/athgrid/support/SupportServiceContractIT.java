package io.athgrid.support;

import io.athgrid.support.testapp.SupportIntegrationTest;
import io.athgrid.support.testing.ServiceContract;

@SupportIntegrationTest
class SupportServiceContractIT extends ServiceContract {
}
