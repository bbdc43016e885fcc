package io.athgrid.agent.inventory;

import io.athgrid.protocol.container.GpuModel;

/**
 * Turns the memory nvidia-smi reports (MiB) into the GB a GPU is sold with. The driver reserves
 * part of the memory, so an "80 GB" H100 reports 81559 MiB (79.6 GiB), a 141 GB H200 143771 MiB
 * (140.4 GiB) and a 48 GB L40S 46068 MiB (45 GiB). A measured size within 10 % below the model's
 * nominal size is that nominal size; anything else (an A100 40GB) is the measured GiB, rounded.
 */
final class VramSize {

    private static final double NOMINAL_TOLERANCE = 0.10;

    private VramSize() {
    }

    static int gbPerGpu(GpuModel model, long mib) {
        int measuredGb = (int) Math.round(mib / 1024.0);
        int nominal = model.nominalVramGb();
        boolean nominalSize = measuredGb <= nominal && measuredGb >= nominal * (1 - NOMINAL_TOLERANCE);
        return nominalSize ? nominal : measuredGb;
    }
}
