package io.athgrid.agent.simulation;

import io.athgrid.agent.enrolment.Offer;
import io.athgrid.agent.inventory.HostInventory;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The hosts of a SIMULATED fleet, the same for the same seed, spread the way a young GPU market
 * looks: most hosts in the US and Europe, most of them 8xH100 SXM, some H200, A100 and PCIe
 * boards, L40S and RTX 4090 machines that also stream games; positions near the region's
 * location, prices around the model's typical price (see {@link ModelPrices}).
 */
public final class FleetSpecGenerator {

    /** How far (degrees) a host may sit from its region's representative location. */
    private static final int POSITION_JITTER_MILLIDEGREES = 1500;

    private static final Weighted<Region> REGIONS = new Weighted<>(ordered(
            Region.US_EAST, 18, Region.US_CENTRAL, 10, Region.US_WEST, 14, Region.CA_CENTRAL, 4,
            Region.SA_EAST, 3, Region.EU_WEST, 14, Region.EU_CENTRAL, 12, Region.EU_NORTH, 6,
            Region.ME_CENTRAL, 3, Region.AP_SOUTH, 4, Region.AP_SOUTHEAST, 6, Region.AP_NORTHEAST, 6));
    private static final Weighted<GpuSpec> CONFIGURATIONS = new Weighted<>(ordered(
            new GpuSpec(8, GpuModel.H100_SXM), 35, new GpuSpec(4, GpuModel.H100_PCIE), 5,
            new GpuSpec(8, GpuModel.H100_PCIE), 5, new GpuSpec(8, GpuModel.H200), 12,
            new GpuSpec(4, GpuModel.A100), 6, new GpuSpec(8, GpuModel.A100), 10, new GpuSpec(4, GpuModel.L40S), 9,
            new GpuSpec(1, GpuModel.RTX_4090), 6, new GpuSpec(2, GpuModel.RTX_4090), 5, new GpuSpec(4, GpuModel.RTX_4090), 7));
    private static final Weighted<List<String>> GRAPHICS_SERVICES = new Weighted<>(ordered(
            List.of("game-streaming"), 5, List.of("vllm", "game-streaming"), 3, List.of("vllm"), 2));

    private FleetSpecGenerator() {
    }

    public static List<SimulatedHostSpec> generate(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SimulatedHostSpec> hosts = new ArrayList<>(size);
        for (int number = 1; number <= size; number++) {
            // Each host draws from its own stream, so host n is the same whatever the fleet's size.
            hosts.add(host(number, random.split()));
        }
        return hosts;
    }

    private static SimulatedHostSpec host(int number, RandomGenerator random) {
        GpuSpec gpus = CONFIGURATIONS.pick(random);
        Region region = REGIONS.pick(random);
        HostInventory host = SimulatedHardware.build(gpus, number, random);
        Offer offer = new Offer(region, jitter(region.latitude(), 90, random), jitter(region.longitude(), 180, random),
                "https://sim-" + number + ".nodes.athgrid.local", services(gpus.model(), random),
                ModelPrices.offer(gpus.model(), random), SimulatedHardware.bandwidthMbps(gpus.model(), random));
        return new SimulatedHostSpec(number, host, offer);
    }

    static List<String> services(GpuModel model, RandomGenerator random) {
        // Only the boards with video encoders stream games; the data-centre parts serve models.
        boolean graphics = model == GpuModel.L40S || model == GpuModel.RTX_4090;
        return graphics ? GRAPHICS_SERVICES.pick(random) : List.of("vllm");
    }

    private static BigDecimal jitter(BigDecimal center, int limit, RandomGenerator random) {
        BigDecimal offset = BigDecimal.valueOf(random.nextInt(-POSITION_JITTER_MILLIDEGREES, POSITION_JITTER_MILLIDEGREES + 1), 3);
        BigDecimal bound = BigDecimal.valueOf(limit);
        return center.add(offset).max(bound.negate()).min(bound).setScale(4, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<T, Integer> ordered(Object... valuesAndWeights) {
        Map<T, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            weights.put((T) valuesAndWeights[i], (Integer) valuesAndWeights[i + 1]);
        }
        return weights;
    }
}
