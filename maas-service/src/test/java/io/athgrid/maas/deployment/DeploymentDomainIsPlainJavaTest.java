package io.athgrid.maas.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deployment rules stay plain Java: no Spring, no Jakarta, no web types in the domain classes. */
class DeploymentDomainIsPlainJavaTest {

    private static final List<String> DOMAIN = List.of("Deployment", "DeploymentState", "Replica", "ReplicaState",
            "ReplicaBounds", "Autoscaler", "ReplicaPicker", "DeploymentRules", "DeploymentRequest", "ScaleRequest",
            "ValidDeployment", "FieldProblem", "InvalidDeploymentException", "GpuTable", "ReplicaOrder",
            "OrderOutcome", "CancelOutcome", "Reconciliation", "OrderJob", "JobLookup");

    @Test
    void domain_classes_import_no_framework() throws IOException {
        Path root = Path.of("src/main/java/io/athgrid/maas/deployment");
        for (String type : DOMAIN) {
            assertThat(Files.readString(root.resolve(type + ".java"))).as(type)
                    .doesNotContain("import org.springframework", "import jakarta.", "import io.athgrid.support");
        }
    }
}
