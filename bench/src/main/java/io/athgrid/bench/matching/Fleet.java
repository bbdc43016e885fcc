package io.athgrid.bench.matching;

import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.index.ContainerOffer;
import io.athgrid.indexer.matching.MatchRequest;
import io.athgrid.indexer.matching.RankingPolicy;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The fleet and the requests the matcher benchmark runs on, the same for every run (fixed seed):
 * 12,500 nodes of 8 GPUs (100,000 GPUs) over the GPU models, the 12 regions, four services and a
 * spread of prices around each model's rate; most STANDBY, some serving, offline or checking, a few
 * reserved; QoS scores as checkers publish them. Requests: 1..8 GPUs per node, 1..4 nodes, every
 * region, latency limits, services, all three policies, budgets around the model's rate (some too
 * low, so a few requests find no match).
 */
public final class Fleet {

    public static final int NODES = 12_500;
    public static final int GPUS_PER_NODE = 8;
    public static final int REQUESTS = 4_096;

    private static final Instant AT = Instant.parse("2026-11-01T00:00:00Z");
    private static final GpuModel[] MODELS = {GpuModel.H100_SXM, GpuModel.H100_PCIE, GpuModel.H200,
        GpuModel.B200, GpuModel.A100, GpuModel.L40S, GpuModel.RTX_4090};
    private static final int[] MODEL_SHARE = {30, 12, 15, 8, 20, 8, 7};
    private static final String[] RATE = {"2.40", "2.00", "3.20", "4.50", "1.40", "0.90", "0.45"};
    private static final String[] STATUS = {"STANDBY", "SERVING", "OFFLINE", "CHECKING", "WAITING_FOR_STAKE",
        "HALTED"};
    private static final int[] STATUS_SHARE = {80, 12, 4, 2, 1, 1};
    private static final int[] REGION_SHARE = {16, 10, 12, 4, 4, 16, 10, 5, 4, 5, 8, 6};
    private static final int[] BANDWIDTH = {1_000, 5_000, 10_000, 25_000};
    private static final int[] LATENCY_LIMIT = {50, 100, 150, 150, 150, 250};
    private static final int[] GPUS = {1, 1, 1, 2, 2, 4, 4, 8, 8, 3, 6};
    private static final int[] NODES_ASKED = {1, 1, 1, 1, 1, 1, 2, 2, 3, 4};

    private Fleet() {
    }

    /** An index holding the fleet, as the feed and the checkers would have filled it. */
    public static CapacityIndex index(long seed) {
        Random random = new Random(seed);
        CapacityIndex index = new CapacityIndex(0.5);
        List<String> standby = new ArrayList<>();
        for (int node = 0; node < NODES; node++) {
            String id = "node-%05d".formatted(node);
            int model = weighted(random, MODEL_SHARE);
            String status = STATUS[weighted(random, STATUS_SHARE)];
            index.offered(id, "0x%040x".formatted(random.nextInt(2_000)), status, AT, offer(random, model), AT);
            if (random.nextInt(10) != 0) {
                index.qosScored(id, (60 + random.nextInt(40)) / 100.0);
            }
            if (status.equals("STANDBY")) {
                standby.add(id);
            }
        }
        List<String> reserved = new ArrayList<>();
        for (String id : standby) {
            if (random.nextInt(20) == 0) {
                reserved.add(id);
            }
        }
        index.markReserved(reserved, true);
        return index;
    }

    public static List<MatchRequest> requests(long seed) {
        Random random = new Random(seed);
        List<MatchRequest> requests = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            int model = weighted(random, MODEL_SHARE);
            GpuModel gpuModel = MODELS[model];
            // Budgets from 70 % to 150 % of the model's rate; the cheapest nodes sit at 75 %, so some find none.
            BigDecimal budget = new BigDecimal(RATE[model]).multiply(BigDecimal.valueOf(70 + random.nextInt(81)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            requests.add(new MatchRequest(gpuModel, GPUS[random.nextInt(GPUS.length)],
                    NODES_ASKED[random.nextInt(NODES_ASKED.length)],
                    random.nextInt(5) == 0 ? gpuModel.nominalVramGb() : null,
                    random.nextInt(5) == 0 ? 5_000 : null,
                    Region.values()[weighted(random, REGION_SHARE)],
                    LATENCY_LIMIT[random.nextInt(LATENCY_LIMIT.length)], service(random, model), budget,
                    RankingPolicy.values()[random.nextInt(RankingPolicy.values().length)]));
        }
        return requests;
    }

    private static ContainerOffer offer(Random random, int model) {
        Set<String> services = new HashSet<>();
        boolean gaming = MODELS[model] == GpuModel.RTX_4090 || MODELS[model] == GpuModel.L40S;
        if (!gaming || random.nextInt(2) == 0) {
            services.add("vllm");
        }
        if (random.nextInt(10) < 3) {
            services.add("sglang");
        }
        if (random.nextInt(10) < 2) {
            services.add("comfyui");
        }
        if (gaming || random.nextInt(10) == 0) {
            services.add("game-streaming");
        }
        // 75 % to 125 % of the model's rate, in cents: many nodes share a price.
        BigDecimal price = new BigDecimal(RATE[model]).multiply(BigDecimal.valueOf(75 + random.nextInt(51)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new ContainerOffer(MODELS[model].name(), GPUS_PER_NODE, MODELS[model].nominalVramGb(),
                BANDWIDTH[random.nextInt(BANDWIDTH.length)], services,
                Region.values()[weighted(random, REGION_SHARE)].code(), price);
    }

    private static String service(Random random, int model) {
        boolean gaming = MODELS[model] == GpuModel.RTX_4090 || MODELS[model] == GpuModel.L40S;
        int draw = random.nextInt(10);
        if (gaming && draw < 5) {
            return "game-streaming";
        }
        return draw < 8 ? "vllm" : draw == 8 ? "sglang" : "comfyui";
    }

    private static int weighted(Random random, int[] shares) {
        int total = 0;
        for (int share : shares) {
            total += share;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < shares.length; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }
}
