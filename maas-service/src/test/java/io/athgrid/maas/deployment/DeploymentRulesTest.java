package io.athgrid.maas.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.maas.catalog.CatalogModel;
import io.athgrid.maas.catalog.ModelId;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DeploymentRulesTest {

    private static final CatalogModel EIGHT_B = CatalogModels.eightB();
    private static final CatalogModel SEVENTY_B = CatalogModels.seventyB();
    private static final CatalogModel RETIRED = CatalogModels.eightB().retire(Instant.parse("2026-11-20T00:00:00Z"));

    private final DeploymentRules rules = rules(GpuTable.of(Map.of()));

    private static DeploymentRules rules(GpuTable gpus) {
        Map<String, CatalogModel> catalog = Map.of(EIGHT_B.id().value(), EIGHT_B, SEVENTY_B.id().value(), SEVENTY_B,
                "acme/retired-8b", RETIRED);
        return new DeploymentRules((ModelId id) -> Optional.ofNullable(catalog.get(id.value())), gpus);
    }

    private static DeploymentRequest request(String model, String gpuModel, Integer min, Integer max, String region) {
        return new DeploymentRequest(model, gpuModel, min, max, region);
    }

    private static List<FieldProblem> problems(ThrowingCallable call) {
        List<FieldProblem> found = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidDeploymentException.class,
                e -> found.addAll(e.problems()));
        return found;
    }

    @Test
    void a_model_that_fits_the_gpu_model_in_a_known_region_is_valid() {
        ValidDeployment valid = rules.validate(request(SEVENTY_B.id().value(), "H100_SXM", 0, 4, "us-east"));

        assertThat(valid.model()).isEqualTo(SEVENTY_B);
        assertThat(valid.gpuModel()).isEqualTo(GpuModel.H100_SXM);
        assertThat(valid.bounds()).isEqualTo(new ReplicaBounds(0, 4));
        assertThat(valid.region()).isEqualTo(Region.US_EAST);
    }

    @Test
    void gpu_models_and_regions_are_read_in_any_case() {
        ValidDeployment valid = rules.validate(request(EIGHT_B.id().value(), "rtx_4090", 1, 1, "EU-West"));

        assertThat(valid.gpuModel()).isEqualTo(GpuModel.RTX_4090);
        assertThat(valid.region()).isEqualTo(Region.EU_WEST);
    }

    @Test
    void an_unknown_malformed_or_retired_model_is_refused() {
        assertThat(problems(() -> rules.validate(request("acme/nope", "H100_SXM", 1, 1, "us-east"))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("model");
                    assertThat(problem.message()).contains("unknown model acme/nope");
                });
        assertThat(problems(() -> rules.validate(request("../etc", "H100_SXM", 1, 1, "us-east"))))
                .extracting(FieldProblem::field).containsExactly("model");
        assertThat(problems(() -> rules.validate(request(null, "H100_SXM", 1, 1, "us-east"))))
                .extracting(FieldProblem::message).containsExactly("model is required");
        assertThat(problems(() -> rules.validate(request("acme/retired-8b", "H100_SXM", 1, 1, "us-east"))))
                .extracting(FieldProblem::message).singleElement().asString().contains("retired");
    }

    @Test
    void an_unknown_gpu_model_is_refused_naming_the_known_ones() {
        assertThat(problems(() -> rules.validate(request(EIGHT_B.id().value(), "GTX_1080", 1, 1, "us-east"))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("gpuModel");
                    assertThat(problem.message()).contains("GTX_1080", "H100_SXM", "RTX_4090");
                });
    }

    @Test
    void a_gpu_model_with_less_memory_per_gpu_than_the_model_needs_is_refused() {
        for (String small : List.of("RTX_4090", "L40S")) {
            assertThat(problems(() -> rules.validate(request(SEVENTY_B.id().value(), small, 1, 1, "us-east"))))
                    .as(small).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("gpuModel");
                        assertThat(problem.message()).contains("needs 4 GPU(s) with at least 80 GB each");
                    });
        }
        assertThat(rules.validate(request(SEVENTY_B.id().value(), "H200", 1, 1, "us-east")).gpuModel())
                .isEqualTo(GpuModel.H200);
    }

    @Test
    void the_configured_gpu_table_decides_the_fit() {
        DeploymentRules headroom = rules(GpuTable.of(Map.of("H100_SXM", 76)));

        assertThat(problems(() -> headroom.validate(request(SEVENTY_B.id().value(), "H100_SXM", 1, 1, "us-east"))))
                .extracting(FieldProblem::message).singleElement().asString().contains("has 76 GB per GPU");
    }

    @Test
    void bounds_out_of_range_or_crossed_are_refused() {
        String model = EIGHT_B.id().value();
        assertThat(problems(() -> rules.validate(request(model, "H100_SXM", 3, 2, "us-east"))))
                .containsExactly(new FieldProblem("minReplicas", "must not exceed maxReplicas (2)"));
        assertThat(problems(() -> rules.validate(request(model, "H100_SXM", 1, 33, "us-east"))))
                .containsExactly(new FieldProblem("maxReplicas", "must be 1 .. 32"));
        assertThat(problems(() -> rules.validate(request(model, "H100_SXM", -1, 0, "us-east"))))
                .extracting(FieldProblem::field).containsExactly("minReplicas", "maxReplicas");
        assertThat(problems(() -> rules.validate(request(model, "H100_SXM", null, null, "us-east"))))
                .extracting(FieldProblem::message).containsExactly("is required", "is required");
        assertThat(rules.validate(request(model, "H100_SXM", 32, 32, "us-east")).bounds())
                .isEqualTo(new ReplicaBounds(32, 32));
    }

    @Test
    void an_unknown_region_is_refused_naming_the_platforms_regions() {
        assertThat(problems(() -> rules.validate(request(EIGHT_B.id().value(), "H100_SXM", 1, 1, "moon-base"))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("region");
                    assertThat(problem.message()).contains("moon-base", "us-east", "ap-northeast");
                });
    }

    @Test
    void every_broken_rule_is_named_at_once() {
        assertThat(problems(() -> rules.validate(request("acme/nope", "GTX_1080", 5, 2, null))))
                .extracting(FieldProblem::field).containsExactly("model", "gpuModel", "minReplicas", "region");
    }

    @Test
    void new_bounds_are_judged_alone() {
        assertThat(DeploymentRules.validBounds(0, 3)).isEqualTo(new ReplicaBounds(0, 3));
        assertThatThrownBy(() -> DeploymentRules.validBounds(2, 1)).isInstanceOf(InvalidDeploymentException.class);
    }
}
