package io.athgrid.local;

import io.athgrid.checker.CheckerApplication;
import io.athgrid.indexer.IndexerApplication;
import io.athgrid.maas.MaasApplication;
import io.athgrid.registry.ContainerRegistryApplication;
import io.athgrid.scheduler.SchedulerApplication;
import io.athgrid.staking.StakingApplication;
import java.util.List;

/**
 * A service behind the gateway.
 *
 * @param name        the module name, which is also the name of its configuration file
 * @param route       its gateway route: reachable at {@code /api/<route>/**}
 * @param defaultPort its port in the local run (as in docker-compose and k8s)
 */
record PlatformService(String name, String route, Class<?> application, int defaultPort) {

    static final List<PlatformService> ALL = List.of(
            new PlatformService("container-registry", "registry", ContainerRegistryApplication.class, 8081),
            new PlatformService("indexer-service", "indexer", IndexerApplication.class, 8083),
            new PlatformService("scheduler-service", "scheduler", SchedulerApplication.class, 8082),
            new PlatformService("checker-service", "checker", CheckerApplication.class, 8084),
            new PlatformService("staking-service", "staking", StakingApplication.class, 8085),
            new PlatformService("maas-service", "maas", MaasApplication.class, 8086));
}
