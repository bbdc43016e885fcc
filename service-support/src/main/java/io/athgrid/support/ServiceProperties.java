package io.athgrid.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who this service is. Its defaults (schema, Flyway location, consumer group) derive from these.
 *
 * @param name       the module name, e.g. {@code container-registry}
 * @param schema     its own PostgreSQL schema, e.g. {@code registry}
 * @param publicPath where the gateway exposes it, e.g. {@code /api/registry}
 * @param signedPaths requests ({@code [METHOD ]pattern}, relative to the service, e.g.
 *                   {@code POST /containers}) that carry their own signature, which the service
 *                   verifies, such as a node's heartbeats: open without the gateway's token,
 *                   though a token sent along is still checked
 */
@Validated
@ConfigurationProperties("athgrid.service")
public record ServiceProperties(
        @NotBlank String name,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]*") String schema,
        @NotBlank String publicPath,
        List<String> signedPaths) {

    public ServiceProperties {
        signedPaths = signedPaths == null ? List.of() : List.copyOf(signedPaths);
    }
}
