package io.athgrid.maas.catalog;

/**
 * The GPUs one replica of a model runs on, all on one node: at least {@code minGpuVramGb} per GPU
 * and exactly {@code gpusPerReplica} of them (the engine's tensor parallel size).
 */
public record GpuNeeds(int minGpuVramGb, int gpusPerReplica) {

    /** A replica runs on one node, and a node has at most this many GPUs (as containers register). */
    public static final int MAX_GPUS_PER_REPLICA = 16;
    public static final int MAX_GPU_VRAM_GB = 1024;

    public GpuNeeds {
        if (minGpuVramGb < 1 || minGpuVramGb > MAX_GPU_VRAM_GB) {
            throw new IllegalArgumentException("minGpuVramGb must be 1 .. " + MAX_GPU_VRAM_GB);
        }
        if (gpusPerReplica < 1 || gpusPerReplica > MAX_GPUS_PER_REPLICA) {
            throw new IllegalArgumentException("gpusPerReplica must be 1 .. " + MAX_GPUS_PER_REPLICA);
        }
    }

    /** The memory of the GPUs a replica uses when each has the minimum. */
    public int replicaVramGb() {
        return minGpuVramGb * gpusPerReplica;
    }

    /**
     * Whether a node with {@code gpuCount} GPUs of {@code gpuVramGb} each can hold one replica needing
     * {@code vramNeededGb}: enough GPUs for the tensor parallel size, each with the minimum memory,
     * and together ({@code gpusPerReplica x gpuVramGb}) at least the memory needed.
     */
    public boolean fitsOn(int gpuVramGb, int gpuCount, int vramNeededGb) {
        return gpuCount >= gpusPerReplica
                && gpuVramGb >= minGpuVramGb
                && (long) gpusPerReplica * gpuVramGb >= vramNeededGb;
    }
}
