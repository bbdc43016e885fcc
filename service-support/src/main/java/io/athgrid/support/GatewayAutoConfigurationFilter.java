package io.athgrid.support;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring Cloud Gateway's auto-configuration out of the servlet services. It is on their
 * classpath only when all services share one JVM (the local run), where it would otherwise try to
 * build gateway beans in every service.
 */
public class GatewayAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String GATEWAY_PACKAGE = "org.springframework.cloud.gateway.";
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean reactive = "reactive".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type"));
        boolean[] matches = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            matches[i] = reactive || candidates[i] == null || !candidates[i].startsWith(GATEWAY_PACKAGE);
        }
        return matches;
    }
}
