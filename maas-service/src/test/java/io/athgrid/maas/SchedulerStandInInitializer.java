package io.athgrid.maas;

import io.athgrid.maas.deployment.SchedulerStandIn;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points maas-service at one scheduler stand-in per test JVM (it lives as long as the JVM), places
 * replicas every 200 ms, asks about requested replicas' orders 1 s without news and checks engines'
 * health every 300 ms, so tests do not wait for the production intervals; engines may answer on loopback.
 */
public class SchedulerStandInInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final SchedulerStandIn SCHEDULER = new SchedulerStandIn();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("scheduler-stand-in",
                Map.of("athgrid.maas.deployments.scheduler-url", SCHEDULER.url().toString(),
                        "athgrid.maas.deployments.placement-interval", "200ms",
                        "athgrid.maas.deployments.reconcile-after", "1s",
                        "athgrid.maas.engines.health-interval", "300ms",
                        "athgrid.maas.engines.health-timeout", "1s",
                        // The tests' engines answer on this machine.
                        "athgrid.maas.engines.engine-addresses", "ANY")));
    }
}
