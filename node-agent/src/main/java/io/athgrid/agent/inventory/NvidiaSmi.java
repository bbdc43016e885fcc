package io.athgrid.agent.inventory;

import io.athgrid.agent.AgentException;
import io.athgrid.protocol.container.GpuModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the output of {@code nvidia-smi --query-gpu=<QUERY_FIELDS> --format=csv,noheader,nounits}
 * into a {@link GpuInventory}: one line per GPU, fields separated by ", ".
 */
public final class NvidiaSmi {

    /** The fields asked for, in the order the parser reads them. */
    public static final List<String> QUERY_FIELDS =
            List.of("name", "memory.total", "serial", "uuid", "pci.bus_id", "driver_version");

    private NvidiaSmi() {
    }

    /** The nvidia-smi arguments that produce what {@link #parse} reads. */
    public static List<String> arguments() {
        return List.of("--query-gpu=" + String.join(",", QUERY_FIELDS), "--format=csv,noheader,nounits");
    }

    public static GpuInventory parse(String output) {
        List<GpuLine> gpus = new ArrayList<>();
        int lineNumber = 0;
        for (String line : output.split("\\R")) {
            lineNumber++;
            if (!line.isBlank()) {
                gpus.add(GpuLine.parse(line, lineNumber));
            }
        }
        if (gpus.isEmpty()) {
            throw new AgentException("nvidia-smi reported no GPU");
        }
        Set<String> names = new LinkedHashSet<>();
        gpus.forEach(gpu -> names.add(gpu.name));
        if (names.size() > 1) {
            throw new AgentException("this host mixes GPU models " + names
                    + "; a container offers one model, run one agent per model group (e.g. with CUDA_VISIBLE_DEVICES)");
        }
        GpuLine first = gpus.get(0);
        GpuModel model = GpuModelNames.modelOf(first.name)
                .orElseThrow(() -> new AgentException("the GPU model \"" + first.name + "\" is not supported"));
        Set<String> drivers = new LinkedHashSet<>();
        gpus.forEach(gpu -> drivers.add(gpu.driver));
        if (drivers.size() > 1) {
            throw new AgentException("nvidia-smi reported several driver versions " + drivers);
        }
        long smallestMib = gpus.stream().mapToLong(gpu -> gpu.memoryMib).min().orElseThrow();
        return new GpuInventory(model, VramSize.gbPerGpu(model, smallestMib),
                gpus.stream().map(gpu -> gpu.serial).toList(), gpus.stream().map(gpu -> gpu.uuid).toList(),
                first.driver);
    }

    private record GpuLine(String name, long memoryMib, String serial, String uuid, String busId, String driver) {

        static GpuLine parse(String line, int lineNumber) {
            String[] fields = line.split(",", -1);
            if (fields.length != QUERY_FIELDS.size()) {
                throw malformed(lineNumber, "expected " + QUERY_FIELDS.size() + " fields " + QUERY_FIELDS
                        + ", found " + fields.length);
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
                if (fields[i].isEmpty() || fields[i].startsWith("[")) {
                    // nvidia-smi writes "[N/A]" or "[Not Supported]" for fields it cannot read.
                    throw malformed(lineNumber, QUERY_FIELDS.get(i) + " is missing (\"" + fields[i] + "\")");
                }
            }
            long memoryMib;
            try {
                memoryMib = Long.parseLong(fields[1]);
            } catch (NumberFormatException e) {
                throw malformed(lineNumber, "memory.total \"" + fields[1] + "\" is not a number of MiB");
            }
            if (memoryMib <= 0) {
                throw malformed(lineNumber, "memory.total must be positive");
            }
            return new GpuLine(fields[0], memoryMib, fields[2], fields[3], fields[4], fields[5]);
        }

        private static AgentException malformed(int lineNumber, String problem) {
            return new AgentException("unexpected nvidia-smi output, line " + lineNumber + ": " + problem);
        }
    }
}
