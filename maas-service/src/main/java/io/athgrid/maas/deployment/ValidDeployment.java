package io.athgrid.maas.deployment;

import io.athgrid.maas.catalog.CatalogModel;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;

/** A deployment request that keeps every rule: an active model that fits the GPU model, bounds and a region. */
public record ValidDeployment(CatalogModel model, GpuModel gpuModel, ReplicaBounds bounds, Region region) {
}
