package io.athgrid.agent.inventory;

import java.util.List;

/** What a host offers and what identifies its hardware. */
public record HostInventory(GpuInventory gpus, String cpuModel, int cpuCores, int ramGb, int diskGb,
        List<String> macAddresses) {

    public HostInventory {
        macAddresses = List.copyOf(macAddresses);
    }

    public String fingerprint() {
        return HardwareFingerprint.of(macAddresses, cpuModel, gpus.serials());
    }
}
