package io.athgrid.maas.deployment;

import io.athgrid.events.v1.JobCancelled;
import io.athgrid.events.v1.JobCompleted;
import io.athgrid.events.v1.JobFailed;
import io.athgrid.events.v1.LeaseExpired;
import io.athgrid.maas.catalog.Catalog;
import io.athgrid.support.identity.InternalTokenIssuer;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires deployments: their tables, rules, the scheduler's order API, the placement worker and the job events. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({DeploymentProperties.class, GpuProperties.class})
class DeploymentConfiguration {

    @Bean
    DeploymentStore deploymentStore(JdbcClient jdbc) {
        return new DeploymentStore(jdbc);
    }

    @Bean
    ReplicaOrderStore replicaOrderStore(JdbcClient jdbc) {
        return new ReplicaOrderStore(jdbc);
    }

    @Bean
    DeploymentService deploymentService(DeploymentStore store, ReplicaOrderStore orders, Catalog catalog,
            GpuProperties gpus, TransactionTemplate transaction, Clock clock) {
        return new DeploymentService(store, orders, new DeploymentRules(catalog::find, gpus.table()), transaction,
                clock);
    }

    @Bean
    Placement placement(DeploymentService deployments, ReplicaOrderStore orders, Catalog catalog,
            InternalTokenIssuer tokens, DeploymentProperties properties, Clock clock) {
        SchedulerClient scheduler = new SchedulerClient(properties.schedulerUrl(), tokens, properties.schedulerTimeout());
        return new Placement(deployments, orders, catalog, scheduler, new Placement.Settings(
                properties.gpuAccount(), properties.maxUsdPerGpuHour(), properties.orderClaim(),
                properties.refusalPause(), properties.reconcileAfter(), properties.batch()), clock);
    }

    @Bean
    JobStartedHandler deploymentJobStarted(DeploymentService deployments) {
        return new JobStartedHandler(deployments);
    }

    @Bean
    JobEventHandler<JobFailed> deploymentJobFailed(DeploymentService deployments) {
        return JobEventHandler.jobFailed(deployments);
    }

    @Bean
    JobEventHandler<LeaseExpired> deploymentLeaseExpired(DeploymentService deployments) {
        return JobEventHandler.leaseExpired(deployments);
    }

    @Bean
    JobEventHandler<JobCancelled> deploymentJobCancelled(DeploymentService deployments) {
        return JobEventHandler.jobCancelled(deployments);
    }

    @Bean
    JobEventHandler<JobCompleted> deploymentJobCompleted(DeploymentService deployments) {
        return JobEventHandler.jobCompleted(deployments);
    }
}
