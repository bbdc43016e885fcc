package io.athgrid.maas.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The period and bill rules stay plain Java: no Spring, no Jakarta, no web types. */
class UsageDomainIsPlainJavaTest {

    private static final List<String> DOMAIN = List.of("UsagePeriod", "InvalidPeriodException", "TokenBill");

    @Test
    void domain_classes_import_no_framework() throws IOException {
        Path root = Path.of("src/main/java/io/athgrid/maas/usage");
        for (String type : DOMAIN) {
            assertThat(Files.readString(root.resolve(type + ".java"))).as(type)
                    .doesNotContain("import org.springframework", "import jakarta.", "import io.athgrid.support",
                            "import tools.jackson");
        }
    }
}
