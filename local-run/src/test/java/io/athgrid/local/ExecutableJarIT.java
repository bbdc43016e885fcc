package io.athgrid.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jar ./run-local.sh starts holds what the servlet services need. The tests run on Maven's
 * test classpath, which can differ from the jar's (a dependency's exclusions once left Tomcat out
 * of the jar, and every service came up on Netty without its security): this checks the jar itself.
 */
class ExecutableJarIT {

    @Test
    void bundles_tomcat_spring_mvc_and_the_gateways_netty() throws IOException {
        Path jar;
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            jar = built.filter(path -> path.getFileName().toString().endsWith("-exec.jar")).findFirst().orElseThrow();
        }
        List<String> libraries;
        try (JarFile file = new JarFile(jar.toFile())) {
            libraries = file.stream().map(JarEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .toList();
        }

        assertThat(libraries).anyMatch(name -> name.startsWith("tomcat-embed-core-"))
                .anyMatch(name -> name.startsWith("spring-webmvc-"))
                .anyMatch(name -> name.startsWith("springdoc-openapi-starter-webmvc-ui-"))
                .anyMatch(name -> name.startsWith("reactor-netty-http-"))
                .anyMatch(name -> name.startsWith("node-agent-"));
    }
}
