package io.athgrid.support;

import java.util.Map;
import org.springframework.boot.SpringApplication;

/**
 * Builds a service's SpringApplication. Each service reads its own {@code <configName>.yml}
 * instead of {@code application.yml}, so several services can share one JVM (the local run)
 * without reading each other's configuration.
 */
public final class ServiceApplications {

    private ServiceApplications() {
    }

    public static SpringApplication create(Class<?> applicationClass, String configName) {
        SpringApplication application = new SpringApplication(applicationClass);
        application.setDefaultProperties(Map.of("spring.config.name", configName));
        return application;
    }
}
