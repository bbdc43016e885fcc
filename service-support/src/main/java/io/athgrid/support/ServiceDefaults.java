package io.athgrid.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Conventions every service shares, as the lowest-precedence defaults, so a service's own
 * configuration file only says what is particular to it (name, schema, port).
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.containsProperty("athgrid.service.schema")) {
            return;
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.application.name", "${athgrid.service.name}");
        // Where a deployment puts PostgreSQL and Kafka comes from its environment (SPRING_DATASOURCE_URL ...).
        defaults.put("spring.datasource.url", "jdbc:postgresql://localhost:5432/athgrid");
        defaults.put("spring.datasource.username", "athgrid");
        defaults.put("spring.kafka.bootstrap-servers", "localhost:9092");
        defaults.put("spring.datasource.hikari.schema", "${athgrid.service.schema}");
        defaults.put("spring.flyway.schemas", "${athgrid.service.schema}");
        defaults.put("spring.flyway.default-schema", "${athgrid.service.schema}");
        defaults.put("spring.flyway.locations", "classpath:db/migration/${athgrid.service.schema}");
        defaults.put("spring.jpa.properties.hibernate.default_schema", "${athgrid.service.schema}");
        defaults.put("spring.jpa.hibernate.ddl-auto", "validate");
        defaults.put("spring.jpa.open-in-view", "false");
        defaults.put("spring.kafka.consumer.group-id", "athgrid.${athgrid.service.name}");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
        defaults.put("spring.kafka.admin.fail-fast", "false");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "never");
        defaults.put("management.metrics.tags.service", "${athgrid.service.name}");
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        defaults.put("spring.webflux.problemdetails.enabled", "true");
        defaults.put("server.shutdown", "graceful");
        defaults.put("logging.structured.format.console", "ecs");
        defaults.put("logging.level.org.apache.kafka", "WARN");
        DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
    }
}
