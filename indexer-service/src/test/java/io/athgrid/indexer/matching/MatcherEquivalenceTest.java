package io.athgrid.indexer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.indexer.fixtures.Latencies;
import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.index.ContainerOffer;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property test: on random fleets, changed at random between requests, the {@link Matcher} answers
 * every random request exactly as the {@link ScanAndSortMatcher} does on a snapshot of the same
 * index: candidates, per-filter counts, enough or not, the ranked candidates with their latency and
 * score in claim order (the head it computes and, through {@link MatchResult#claimOrder}, the rest),
 * and the removals of a no-match. Prices, QoS scores and regions repeat, so ties are frequent.
 */
class MatcherEquivalenceTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final String[] SERVICES = {"vllm", "game-streaming", "comfyui", "sglang"};
    private static final String[] STATUSES = {"STANDBY", "STANDBY", "STANDBY", "STANDBY", "STANDBY", "STANDBY",
        "SERVING", "OFFLINE", "CHECKING", "HALTED"};
    private static final String[] PRICES = {"1.50", "1.5", "1.75", "2.00", "2.000000001", "1.999999999", "2.10",
        "2.25", "2.40", "2.50", "2.5000", "2.75", "3.00", "3.10", "3.333333333", "4.00"};
    private static final double[] QOS = {0.5, 0.5, 0.7, 0.9, 0.95, 1.0, 0.0};
    private static final int[] VRAM = {24, 48, 80, 141, 180};
    private static final int[] BANDWIDTH = {500, 1_000, 10_000, 25_000};
    private static final GpuModel[] MODELS = GpuModel.values();
    private static final Region[] REGIONS = Region.values();

    private final LatencyTable latency = Latencies.defaults();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void the_fast_matcher_answers_as_the_scan_and_sort_one_on_random_fleets(long seed) {
        Random random = new Random(seed);
        CapacityIndex index = new CapacityIndex(0.5);
        int fleet = 2_000 + random.nextInt(2_000);
        for (int i = 0; i < fleet; i++) {
            offer(index, random, "c-" + i, T0);
        }
        int compared = 0;
        for (int round = 0; round < 20; round++) {
            change(index, random, fleet, T0.plusSeconds(60L * (round + 1)));
            RankingWeights weights = random.nextInt(3) == 0
                    ? new RankingWeights(random.nextInt(4), random.nextInt(4), 1 + random.nextInt(3))
                    : new RankingWeights(0.4, 0.4, 0.2);
            int window = new int[] {1, 5, 10}[random.nextInt(3)];
            Matcher fast = new Matcher(latency, weights, window);
            ScanAndSortMatcher reference = new ScanAndSortMatcher(latency, weights, window);
            for (int r = 0; r < 40; r++) {
                MatchRequest request = request(random);
                int listed = random.nextInt(4) == 0 ? 50 : 0;
                assertSameAnswer(fast.match(index.matchingView(), request, listed),
                        reference.match(index.snapshot(), request), request, window, listed, random.nextInt(8) == 0);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(800);
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void prices_without_an_exact_nano_form_are_answered_by_the_full_scan(long seed) {
        Random random = new Random(seed);
        CapacityIndex index = new CapacityIndex(0.5);
        for (int i = 0; i < 500; i++) {
            offer(index, random, "c-" + i, T0);
        }
        index.offerChanged("c-0", null, new ContainerOffer("H100_SXM", 8, 80, 10_000, Set.of("vllm"), "eu-west",
                new BigDecimal("2.0000000001")), T0.plusSeconds(1));
        Matcher fast = new Matcher(latency, new RankingWeights(0.4, 0.4, 0.2), 5);
        ScanAndSortMatcher reference = new ScanAndSortMatcher(latency, new RankingWeights(0.4, 0.4, 0.2), 5);
        for (int r = 0; r < 100; r++) {
            MatchRequest request = request(random);
            assertSameAnswer(fast.match(index, request), reference.match(index.snapshot(), request), request, 5, 0,
                    true);
        }
    }

    private static void assertSameAnswer(MatchResult fast, MatchResult expected, MatchRequest request, int window,
            int listed, boolean wholeClaimOrder) {
        String about = request.toString();
        assertThat(fast.candidates()).as(about).isEqualTo(expected.candidates());
        assertThat(fast.enough()).as(about).isEqualTo(expected.enough());
        assertThat(fast.counts()).as(about).isEqualTo(expected.counts());
        int head = Math.max(listed, Math.max(window, request.nodes()) + Matcher.SPARE);
        List<RankedCandidate> all = expected.ranked();
        assertThat(fast.ranked(head)).as(about).isEqualTo(all.subList(0, Math.min(head, all.size())));
        if (wholeClaimOrder) {
            List<RankedCandidate> claimed = new ArrayList<>();
            fast.claimOrder().forEach(claimed::add);
            assertThat(claimed).as(about).isEqualTo(all);
        }
        if (!expected.enough()) {
            assertThat(asSet(fast.removals())).as(about).isEqualTo(asSet(expected.removals()));
        }
    }

    private static Set<Removal> asSet(List<Removal> removals) {
        Set<Removal> set = removals.stream().collect(Collectors.toSet());
        assertThat(set).hasSameSizeAs(removals);
        return set;
    }

    private static void offer(CapacityIndex index, Random random, String id, Instant at) {
        String status = pick(random, STATUSES);
        if (random.nextInt(50) == 0) {
            // Known only by a status change so far: no candidate.
            index.statusChanged(id, owner(random), status, at);
            return;
        }
        index.offered(id, owner(random), status, at, randomOffer(random), at);
    }

    private static ContainerOffer randomOffer(Random random) {
        GpuModel model = random.nextInt(3) == 0 ? GpuModel.H100_SXM : pick(random, MODELS);
        Set<String> services = new HashSet<>();
        for (String service : SERVICES) {
            if (random.nextInt(3) != 0) {
                services.add(service);
            }
        }
        String region = random.nextInt(25) == 0 ? "moon-base" : pick(random, REGIONS).code();
        return new ContainerOffer(model.name(), 1 + random.nextInt(8), VRAM[random.nextInt(VRAM.length)],
                BANDWIDTH[random.nextInt(BANDWIDTH.length)], services, region, new BigDecimal(pick(random, PRICES)));
    }

    /** Status moves, new offers, QoS scores and reserved marks, as the feed and reservations make them. */
    private static void change(CapacityIndex index, Random random, int fleet, Instant at) {
        for (int k = 0; k < 200; k++) {
            String id = "c-" + random.nextInt(fleet + 20);
            switch (random.nextInt(5)) {
                case 0 -> index.statusChanged(id, owner(random), pick(random, STATUSES), at);
                case 1 -> index.offerChanged(id, owner(random), withoutRegion(randomOffer(random)), at);
                case 2 -> index.qosScored(id, QOS[random.nextInt(QOS.length)]);
                case 3 -> index.markReserved(List.of(id), random.nextBoolean());
                default -> offer(index, random, id, at);
            }
        }
        if (random.nextInt(4) == 0) {
            Set<String> held = new HashSet<>();
            for (int k = 0; k < fleet / 10; k++) {
                held.add("c-" + random.nextInt(fleet));
            }
            index.reservedExactly(held);
        }
    }

    private static ContainerOffer withoutRegion(ContainerOffer offer) {
        return new ContainerOffer(offer.gpuModel(), offer.gpuCount(), offer.vramGbPerGpu(), offer.bandwidthMbps(),
                offer.services(), null, offer.priceUsdPerGpuHour());
    }

    private static MatchRequest request(Random random) {
        GpuModel model = random.nextInt(2) == 0 ? GpuModel.H100_SXM : pick(random, MODELS);
        int nodes = random.nextInt(10) == 0 ? 1 + random.nextInt(40) : 1 + random.nextInt(4);
        Integer vram = random.nextInt(3) == 0 ? VRAM[random.nextInt(VRAM.length)] : null;
        Integer bandwidth = random.nextInt(3) == 0 ? BANDWIDTH[random.nextInt(BANDWIDTH.length)] : null;
        int maxLatency = new int[] {5, 50, 75, 100, 150, 250, 10_000}[random.nextInt(7)];
        String service = random.nextInt(10) == 0 ? "unknown-service" : pick(random, SERVICES);
        BigDecimal budget = new BigDecimal(random.nextInt(5) == 0 ? "2.0000000005" : pick(random, PRICES));
        return new MatchRequest(model, 1 + random.nextInt(8), nodes, vram, bandwidth, pick(random, REGIONS),
                maxLatency, service, budget, pick(random, RankingPolicy.values()));
    }

    private static String owner(Random random) {
        return "0x" + "%040x".formatted(random.nextInt(20));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
