package io.athgrid.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checker's rules stay plain Java: no Spring and no Jakarta (persistence, web, validation) in the domain packages. */
class DomainIsPlainJavaTest {

    private static final List<String> DOMAIN = List.of("assignment", "referee", "qos", "reward", "ban", "slashing");

    @Test
    void domain_packages_import_no_framework() throws IOException {
        Path root = Path.of("src/main/java/io/athgrid/checker");
        for (String feature : DOMAIN) {
            try (Stream<Path> files = Files.list(root.resolve(feature))) {
                assertThat(files.filter(file -> file.toString().endsWith(".java")).toList()).isNotEmpty()
                        .allSatisfy(file -> assertThat(Files.readString(file))
                                .doesNotContain("import org.springframework", "import jakarta."));
            }
        }
    }
}
