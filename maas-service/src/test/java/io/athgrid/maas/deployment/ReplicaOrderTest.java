package io.athgrid.maas.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReplicaOrderTest {

    private static final BigDecimal BUDGET = new BigDecimal("12");

    @Test
    void a_replica_is_an_on_demand_job_of_one_node_with_the_models_gpus_and_engine() {
        Deployment deployment = Deployment.create("d1", "acme", "meta-llama/Llama-3.1-70B-Instruct", "H200", "eu-west",
                new ReplicaBounds(1, 2));

        ReplicaOrder order = ReplicaOrder.of(deployment, CatalogModels.seventyB(), BUDGET);

        assertThat(order).isEqualTo(new ReplicaOrder("ON_DEMAND", "H200", 4, 1, 80, "eu-west", "vllm", BUDGET,
                "BEST_OVERALL"));
    }

    @Test
    void the_catalog_model_must_be_the_deployments() {
        Deployment deployment = Deployment.create("d1", "acme", "meta-llama/Llama-3.1-70B-Instruct", "H200", "eu-west",
                new ReplicaBounds(1, 2));

        assertThatThrownBy(() -> ReplicaOrder.of(deployment, CatalogModels.eightB(), BUDGET))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
