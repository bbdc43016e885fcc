package io.athgrid.agent.inventory;

import io.athgrid.protocol.container.GpuModel;
import java.util.List;

/** The GPUs of one host: all of one model (the platform offers a host as one GPU configuration). */
public record GpuInventory(GpuModel model, int vramGbPerGpu, List<String> serials, List<String> uuids,
        String driverVersion) {

    public GpuInventory {
        serials = List.copyOf(serials);
        uuids = List.copyOf(uuids);
    }

    public int count() {
        return serials.size();
    }
}
