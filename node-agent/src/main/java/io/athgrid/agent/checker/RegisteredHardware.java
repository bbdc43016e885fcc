package io.athgrid.agent.checker;

/**
 * What a container registered, as an assignment carries it: the capacity check compares what it
 * finds with this.
 *
 * @param gpuModel a {@code GpuModel} name, e.g. {@code H100_SXM}
 */
public record RegisteredHardware(String gpuModel, int gpuCount, int vramGbPerGpu) {
}
