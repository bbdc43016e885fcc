package io.athgrid.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceActuatorPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/registry/actuator", "/api/registry/actuator/env", "/api/maas/actuator/prometheus",
            "/api/registry//actuator/env", "/api/registry/Actuator/heapdump", "/api/registry/actuator/healthz"})
    void hides_service_actuators(String path) {
        assertThat(ServiceActuatorPaths.isHidden(segments(path))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/registry/actuator/health", "/api/registry/actuator/health/liveness",
            "/api/registry/containers", "/actuator/env", "/api/identity/me", "/v1/models"})
    void leaves_everything_else_alone(String path) {
        assertThat(ServiceActuatorPaths.isHidden(segments(path))).isFalse();
    }

    private static List<String> segments(String path) {
        return Arrays.asList(path.split("/"));
    }
}
