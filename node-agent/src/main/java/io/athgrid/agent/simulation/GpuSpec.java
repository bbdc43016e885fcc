package io.athgrid.agent.simulation;

import io.athgrid.agent.AgentException;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.RegistrationRules;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated host's GPUs as written on the command line: {@code <count>x<GpuModel>}, e.g.
 * {@code 8xH100_SXM} ({@code 8xH100} is read as the SXM board).
 */
public record GpuSpec(int count, GpuModel model) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,2})[xX]([A-Za-z0-9_]+)");

    public GpuSpec {
        if (count < 1 || count > RegistrationRules.MAX_GPU_COUNT) {
            throw new AgentException("a host has 1.." + RegistrationRules.MAX_GPU_COUNT + " GPUs, not " + count);
        }
    }

    public static GpuSpec parse(String text) {
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new AgentException("GPUs must be written as <count>x<model>, e.g. 8xH100_SXM, not \"" + text + "\"");
        }
        String written = matcher.group(2).toUpperCase(Locale.ROOT);
        // "H100" alone means the SXM board, the usual one in 8-GPU servers.
        String name = written.equals("H100") ? GpuModel.H100_SXM.name() : written;
        GpuModel model = GpuModel.find(name).orElseThrow(() -> new AgentException(
                "unknown GPU model " + name + "; known: " + Arrays.toString(GpuModel.values())));
        return new GpuSpec(Integer.parseInt(matcher.group(1)), model);
    }

    @Override
    public String toString() {
        return count + "x" + model.name();
    }
}
