package io.athgrid.registry;

import io.athgrid.support.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** container-registry: containers, hardware fingerprints, lifecycle, heartbeats, uptime accounting, K-Value table and stake requirements. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ContainerRegistryApplication {

    public static final String CONFIG_NAME = "container-registry";

    public static void main(String[] args) {
        ServiceApplications.create(ContainerRegistryApplication.class, CONFIG_NAME).run(args);
    }
}
