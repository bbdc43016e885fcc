package io.athgrid.agent.simulation;

import io.athgrid.agent.inventory.GpuInventory;
import io.athgrid.agent.inventory.HostInventory;
import io.athgrid.protocol.container.GpuModel;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Builds the inventory of a simulated host whose CPU, RAM and disk fit its GPUs the way real
 * servers do: an 8xH100 SXM board sits in a dual-socket server with 2 TB RAM and 30 TB of NVMe; an
 * RTX 4090 in a workstation. MAC addresses are locally administered ({@code 02:a7:...}), so a
 * simulated host can never share a fingerprint with a real one.
 */
final class SimulatedHardware {

    private record HostClass(List<String> cpus, int threadsPerGpu, int ramGbPerGpu, int diskGbPerGpu, List<Integer> bandwidthsMbps) {
    }

    private static final HostClass SXM_SERVER = new HostClass(
            List.of("Intel(R) Xeon(R) Platinum 8480+", "AMD EPYC 9654 96-Core Processor"), 28, 256, 3840, List.of(10_000, 25_000));
    private static final HostClass PCIE_SERVER = new HostClass(
            List.of("AMD EPYC 7763 64-Core Processor", "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz"), 16, 128, 1920, List.of(10_000, 25_000));
    private static final HostClass WORKSTATION = new HostClass(
            List.of("AMD Ryzen 9 7950X 16-Core Processor", "AMD Ryzen Threadripper 7970X 32-Core Processor"), 16, 64, 2000,
            List.of(1_000, 2_500));
    private static final Map<GpuModel, HostClass> CLASSES = Map.of(
            GpuModel.H100_SXM, SXM_SERVER, GpuModel.H200, SXM_SERVER, GpuModel.B200, SXM_SERVER,
            GpuModel.H100_PCIE, PCIE_SERVER, GpuModel.A100, PCIE_SERVER, GpuModel.L40S, PCIE_SERVER,
            GpuModel.RTX_4090, WORKSTATION);
    private static final String DRIVER = "550.90.07";

    private SimulatedHardware() {
    }

    /** A host with {@code gpus}; {@code hostNumber} makes its first MAC address unique within a fleet. */
    static HostInventory build(GpuSpec gpus, long hostNumber, RandomGenerator random) {
        HostClass host = CLASSES.get(gpus.model());
        List<String> serials = new ArrayList<>();
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < gpus.count(); i++) {
            serials.add(String.format("1%012d", random.nextLong(1_000_000_000_000L)));
            uuids.add("GPU-" + new UUID(random.nextLong(), random.nextLong()));
        }
        GpuInventory inventory = new GpuInventory(gpus.model(), gpus.model().nominalVramGb(), serials, uuids, DRIVER);
        return new HostInventory(inventory, pick(host.cpus(), random), host.threadsPerGpu() * gpus.count(),
                host.ramGbPerGpu() * gpus.count(), host.diskGbPerGpu() * gpus.count(),
                List.of(mac(hostNumber), mac(random.nextLong(1L << 32))));
    }

    static int bandwidthMbps(GpuModel model, RandomGenerator random) {
        return pick(CLASSES.get(model).bandwidthsMbps(), random);
    }

    private static String mac(long number) {
        byte[] bytes = {0x02, (byte) 0xa7, (byte) (number >>> 24), (byte) (number >>> 16), (byte) (number >>> 8), (byte) number};
        return HexFormat.ofDelimiter(":").formatHex(bytes);
    }

    static <T> T pick(List<T> options, RandomGenerator random) {
        return options.get(random.nextInt(options.size()));
    }
}
