package io.athgrid.scheduler;

import io.athgrid.support.testing.ServiceContract;

@SchedulerIntegrationTest
class SchedulerServiceIT extends ServiceContract {
}
