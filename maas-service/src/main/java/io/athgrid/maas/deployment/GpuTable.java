package io.athgrid.maas.deployment;

import io.athgrid.protocol.container.GpuModel;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The memory per GPU of each GPU model a deployment may ask for. The models are the platform's
 * ({@link GpuModel}, as containers register and the scheduler takes orders); each has its nominal
 * memory unless configuration says otherwise, e.g. to hold back memory an engine cannot use.
 */
public final class GpuTable {

    private final Map<GpuModel, Integer> vramGb;

    private GpuTable(Map<GpuModel, Integer> vramGb) {
        this.vramGb = vramGb;
    }

    /**
     * @param overrides GB per GPU by GPU model name ({@code H100_SXM}; case and separators do not matter,
     *                  as configuration keys may lose them). An unknown name or a size that is not positive
     *                  is refused, so a typo does not silently keep a default.
     */
    public static GpuTable of(Map<String, Integer> overrides) {
        Map<GpuModel, Integer> table = new EnumMap<>(GpuModel.class);
        for (GpuModel model : GpuModel.values()) {
            table.put(model, model.nominalVramGb());
        }
        overrides.forEach((name, gb) -> {
            GpuModel model = Arrays.stream(GpuModel.values())
                    .filter(candidate -> loose(candidate.name()).equals(loose(name)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown GPU model " + name + " in the GPU table"));
            if (gb == null || gb < 1) {
                throw new IllegalArgumentException("the GPU table's " + name + " needs a positive vram-gb");
            }
            table.put(model, gb);
        });
        return new GpuTable(table);
    }

    /** The platform's GPU model of this name, in any case, as orders name it. */
    public Optional<GpuModel> find(String name) {
        return name == null ? Optional.empty() : GpuModel.find(name.toUpperCase(Locale.ROOT));
    }

    public int vramGb(GpuModel model) {
        return vramGb.get(model);
    }

    private static String loose(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
