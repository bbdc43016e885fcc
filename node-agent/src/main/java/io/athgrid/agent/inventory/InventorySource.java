package io.athgrid.agent.inventory;

/** Where a host's inventory comes from: the real machine, or a simulated one. */
@FunctionalInterface
public interface InventorySource {

    HostInventory read();
}
