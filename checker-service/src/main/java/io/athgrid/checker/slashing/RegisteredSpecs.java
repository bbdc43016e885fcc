package io.athgrid.checker.slashing;

/** What a container registered and a capacity check holds it to. */
public record RegisteredSpecs(String gpuModel, int gpuCount, int vramGbPerGpu) {
}
