package io.athgrid.gateway;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one public entry of athgrid: authenticates callers, limits their rate and routes them to the services. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GatewayApplication {

    /**
     * Its own configuration file, and the reactive stack even when the servlet services share the
     * JVM (and so the classpath) in the local run.
     */
    public static final Map<String, Object> DEFAULTS = Map.of(
            "spring.config.name", "gateway-service",
            "spring.main.web-application-type", "reactive");

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(GatewayApplication.class);
        application.setDefaultProperties(DEFAULTS);
        return application;
    }
}
