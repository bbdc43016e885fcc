package io.athgrid.maas.deployment;

import io.athgrid.maas.catalog.CatalogModel;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The scheduler order one replica runs as: an on-demand job (until cancelled) of one node with the
 * model's tensor-parallel GPUs of the deployment's GPU model, each with at least the model's memory
 * per GPU, in the deployment's region, with the model's serving engine pre-installed. Its fields are
 * those of the scheduler's {@code POST /orders} body.
 */
public record ReplicaOrder(String kind, String gpuModel, int gpusPerNode, int nodes, int minVramGbPerGpu,
        String region, String service, BigDecimal maxPriceUsdPerGpuHour, String policy) {

    static final String ON_DEMAND = "ON_DEMAND";
    static final String BEST_OVERALL = "BEST_OVERALL";

    public ReplicaOrder {
        Objects.requireNonNull(gpuModel, "gpuModel");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(maxPriceUsdPerGpuHour, "maxPriceUsdPerGpuHour");
    }

    /** @param maxPriceUsdPerGpuHour the most the MaaS account pays per GPU-hour for a replica, as configured */
    public static ReplicaOrder of(Deployment deployment, CatalogModel model, BigDecimal maxPriceUsdPerGpuHour) {
        if (!deployment.modelId().equals(model.id().value())) {
            throw new IllegalArgumentException("deployment " + deployment.deploymentId() + " serves "
                    + deployment.modelId() + ", not " + model.id());
        }
        return new ReplicaOrder(ON_DEMAND, deployment.gpuModel(), model.gpuNeeds().gpusPerReplica(), 1,
                model.gpuNeeds().minGpuVramGb(), deployment.region(), model.engine().id(), maxPriceUsdPerGpuHour,
                BEST_OVERALL);
    }
}
