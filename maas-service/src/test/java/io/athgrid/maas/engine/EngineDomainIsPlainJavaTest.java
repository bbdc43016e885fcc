package io.athgrid.maas.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine channel's rules stay plain Java: no Spring, no Jakarta, no web types. */
class EngineDomainIsPlainJavaTest {

    private static final List<String> DOMAIN = List.of("EngineHealth", "CallWindow", "EngineEndpoints",
            "EngineCallRules", "CallProblem", "EngineAddresses");

    @Test
    void domain_classes_import_no_framework() throws IOException {
        Path root = Path.of("src/main/java/io/athgrid/maas/engine");
        for (String type : DOMAIN) {
            assertThat(Files.readString(root.resolve(type + ".java"))).as(type)
                    .doesNotContain("import org.springframework", "import jakarta.", "import io.athgrid.support");
        }
    }
}
