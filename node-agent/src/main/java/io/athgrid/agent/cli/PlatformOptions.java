package io.athgrid.agent.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/**
 * The platform the agent talks to: the registry API is {@code <platform>/api/registry}, maas-service's
 * engine channel {@code <platform>/api/maas}.
 */
final class PlatformOptions {

    @Option(names = "--platform", required = true, paramLabel = "URL",
            description = "The platform's public URL, e.g. http://localhost:8080 (the registry API is <URL>/api/registry, "
                    + "maas-service's <URL>/api/maas).")
    URI platform;

    URI registryUrl() {
        return api("registry");
    }

    URI maasUrl() {
        return api("maas");
    }

    private URI api(String name) {
        String base = platform.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/" + name);
    }
}
