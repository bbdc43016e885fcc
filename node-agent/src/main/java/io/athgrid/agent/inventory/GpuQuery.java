package io.athgrid.agent.inventory;

/**
 * The port to the GPU driver: answers nvidia-smi's CSV for {@link NvidiaSmi#QUERY_FIELDS}.
 * The host implementation runs the command; tests feed recorded outputs.
 */
@FunctionalInterface
public interface GpuQuery {

    String queryGpus();
}
