package io.athgrid.agent.inventory;

import io.athgrid.protocol.container.GpuModel;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps the product names nvidia-smi prints to the platform's {@link GpuModel}s, e.g.
 * "NVIDIA H100 80GB HBM3" (the SXM5 board) to H100_SXM and "NVIDIA H100 PCIe" to H100_PCIE.
 * Names it does not know are not guessed: such a GPU is not offered.
 */
final class GpuModelNames {

    private GpuModelNames() {
    }

    static Optional<GpuModel> modelOf(String productName) {
        String name = productName.toUpperCase(Locale.ROOT);
        if (name.contains("H200")) {
            return Optional.of(GpuModel.H200);
        }
        if (name.contains("B200")) {
            return Optional.of(GpuModel.B200);
        }
        if (name.contains("H100")) {
            if (name.contains("PCIE")) {
                return Optional.of(GpuModel.H100_PCIE);
            }
            // The SXM5 board calls itself "H100 80GB HBM3" or "H100 SXM5 80GB"; the NVL card is not an SXM part.
            return name.contains("NVL") ? Optional.empty() : Optional.of(GpuModel.H100_SXM);
        }
        if (name.contains("A100")) {
            return Optional.of(GpuModel.A100);
        }
        if (name.contains("L40S")) {
            return Optional.of(GpuModel.L40S);
        }
        if (name.contains("RTX 4090")) {
            return Optional.of(GpuModel.RTX_4090);
        }
        return Optional.empty();
    }
}
