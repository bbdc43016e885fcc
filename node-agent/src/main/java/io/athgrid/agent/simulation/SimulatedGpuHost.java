package io.athgrid.agent.simulation;

import io.athgrid.agent.inventory.HostInventory;
import io.athgrid.agent.inventory.InventorySource;
import java.util.SplittableRandom;

/**
 * A SIMULATED GPU host: no nvidia-smi, its inventory is made up from a {@link GpuSpec} and a seed
 * (the same seed always gives the same serials, MACs and so the same fingerprint).
 */
public final class SimulatedGpuHost implements InventorySource {

    private final HostInventory inventory;

    public SimulatedGpuHost(GpuSpec gpus, long seed) {
        this.inventory = SimulatedHardware.build(gpus, seed & 0xffffffffL, new SplittableRandom(seed));
    }

    @Override
    public HostInventory read() {
        return inventory;
    }
}
