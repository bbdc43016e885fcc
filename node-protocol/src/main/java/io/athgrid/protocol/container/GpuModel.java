package io.athgrid.protocol.container;

import java.util.Arrays;
import java.util.Optional;

/**
 * The GPU models the platform knows, by the names used in registrations, K-Value tables and
 * orders, with each model's memory per GPU as shipped.
 */
public enum GpuModel {
    H100_SXM(80),
    H100_PCIE(80),
    H200(141),
    B200(180),
    A100(80),
    L40S(48),
    RTX_4090(24);

    private final int nominalVramGb;

    GpuModel(int nominalVramGb) {
        this.nominalVramGb = nominalVramGb;
    }

    public int nominalVramGb() {
        return nominalVramGb;
    }

    public static Optional<GpuModel> find(String name) {
        return Arrays.stream(values()).filter(model -> model.name().equals(name)).findFirst();
    }
}
