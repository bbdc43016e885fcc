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
 * @param route       its gateway route: reachable at {@code /api/<route>/**}
 * @param defaultPort its port in the local run (as in docker-compose and k8s)
 */
record PlatformService(String name, String route, Class<?> application, String configName, int defaultPort) {

    static final List<PlatformService> ALL = List.of(
            new PlatformService("container-registry", "registry", ContainerRegistryApplication.class,
                    ContainerRegistryApplication.CONFIG_NAME, 8081),
            new PlatformService("scheduler-service", "scheduler", SchedulerApplication.class,
                    SchedulerApplication.CONFIG_NAME, 8082),
            new PlatformService("indexer-service", "indexer", IndexerApplication.class,
                    IndexerApplication.CONFIG_NAME, 8083),
            new PlatformService("checker-service", "checker", CheckerApplication.class,
                    CheckerApplication.CONFIG_NAME, 8084),
            new PlatformService("staking-service", "staking", StakingApplication.class,
                    StakingApplication.CONFIG_NAME, 8085),
            new PlatformService("maas-service", "maas", MaasApplication.class, MaasApplication.CONFIG_NAME, 8086));
}
