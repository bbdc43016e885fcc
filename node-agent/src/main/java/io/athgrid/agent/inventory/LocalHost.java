package io.athgrid.agent.inventory;

import io.athgrid.agent.AgentException;
import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine the agent runs on: GPUs from nvidia-smi (through the {@link GpuQuery} port), CPU from
 * {@code /proc/cpuinfo} and the JVM, RAM from {@code /proc/meminfo}, disk from the file system
 * holding the agent's data, MAC addresses of the physical network interfaces.
 */
public final class LocalHost implements InventorySource {

    /** Interfaces that come and go with containers and VMs; they must not change the fingerprint. */
    private static final List<String> VIRTUAL_INTERFACE_PREFIXES =
            List.of("docker", "veth", "br-", "virbr", "cni", "flannel", "cali", "vxlan", "tun", "tap", "wg", "lo");

    private final GpuQuery gpus;
    private final Path dataDirectory;

    public LocalHost(GpuQuery gpus, Path dataDirectory) {
        this.gpus = gpus;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public HostInventory read() {
        return new HostInventory(NvidiaSmi.parse(gpus.queryGpus()), cpuModel(), Runtime.getRuntime().availableProcessors(),
                ramGb(), diskGb(), macAddresses());
    }

    private static String cpuModel() {
        return procField(Path.of("/proc/cpuinfo"), "model name")
                .orElseThrow(() -> new AgentException("cannot read the CPU model from /proc/cpuinfo"));
    }

    private static int ramGb() {
        String total = procField(Path.of("/proc/meminfo"), "MemTotal")
                .orElseThrow(() -> new AgentException("cannot read MemTotal from /proc/meminfo"));
        long kib = Long.parseLong(total.replace("kB", "").strip());
        return (int) Math.round(kib / (1024.0 * 1024.0));
    }

    private int diskGb() {
        try {
            Path existing = dataDirectory.toAbsolutePath();
            while (!Files.exists(existing)) {
                existing = existing.getParent();
            }
            return (int) (Files.getFileStore(existing).getTotalSpace() / 1_000_000_000L);
        } catch (IOException e) {
            throw new AgentException("cannot read the disk size: " + e.getMessage(), e);
        }
    }

    private static List<String> macAddresses() {
        List<String> macs = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                byte[] mac = nic.getHardwareAddress();
                if (nic.isLoopback() || nic.isVirtual() || mac == null || mac.length != 6 || isVirtualName(nic.getName())) {
                    continue;
                }
                macs.add(HexFormat.ofDelimiter(":").formatHex(mac));
            }
        } catch (SocketException e) {
            throw new AgentException("cannot list the network interfaces: " + e.getMessage(), e);
        }
        return macs;
    }

    private static boolean isVirtualName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return VIRTUAL_INTERFACE_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    private static Optional<String> procField(Path file, String field) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(field))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
