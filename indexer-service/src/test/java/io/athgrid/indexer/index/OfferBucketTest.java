package io.athgrid.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferBucketTest {

    private static final Comparator<IndexedContainer> FEE = Comparator
            .comparing((IndexedContainer c) -> c.offer().priceUsdPerGpuHour())
            .thenComparing(Comparator.comparingDouble(IndexedContainer::qosScore).reversed())
            .thenComparing(IndexedContainer::containerId);
    private static final Comparator<IndexedContainer> EXPERIENCE = Comparator
            .comparingDouble(IndexedContainer::qosScore).reversed()
            .thenComparing(c -> c.offer().priceUsdPerGpuHour())
            .thenComparing(IndexedContainer::containerId);

    private static IndexedContainer container(String id, String price, double qos, int gpus, boolean reserved) {
        ContainerOffer offer = new ContainerOffer("H100_SXM", gpus, 80, 10_000, Set.of("vllm"), "eu-west",
                new BigDecimal(price));
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        return new IndexedContainer(id, "0xowner", "STANDBY", at, offer, at, qos, reserved);
    }

    private static List<IndexedContainer> inFeeOrder(OfferBucket bucket) {
        List<IndexedContainer> entries = new ArrayList<>();
        for (int i = 0; i < bucket.size(); i++) {
            entries.add(bucket.container(i));
        }
        return entries;
    }

    private static List<IndexedContainer> inExperienceOrder(OfferBucket bucket) {
        List<IndexedContainer> entries = new ArrayList<>();
        for (int rank = 0; rank < bucket.size(); rank++) {
            assertThat(bucket.experienceRank(bucket.byExperience(rank))).isEqualTo(rank);
            entries.add(bucket.container(bucket.byExperience(rank)));
        }
        return entries;
    }

    @Test
    void entries_keep_the_fee_and_experience_orders_through_insertions_and_removals() {
        Random random = new Random(7);
        String[] prices = {"1.50", "2.00", "2.0", "2.25", "3.10"};
        double[] scores = {0.5, 0.9, 0.95, 0.5};
        List<IndexedContainer> expected = new ArrayList<>();
        OfferBucket bucket = OfferBucket.EMPTY;
        for (int step = 0; step < 2_000; step++) {
            if (!expected.isEmpty() && random.nextInt(3) == 0) {
                IndexedContainer removed = expected.remove(random.nextInt(expected.size()));
                bucket = bucket.without(removed);
            } else {
                IndexedContainer added = container("c-" + step, prices[random.nextInt(prices.length)],
                        scores[random.nextInt(scores.length)], 1 + random.nextInt(8), random.nextBoolean());
                expected.add(added);
                bucket = bucket.with(added);
            }
        }

        assertThat(inFeeOrder(bucket)).isEqualTo(expected.stream().sorted(FEE).toList());
        assertThat(inExperienceOrder(bucket)).isEqualTo(expected.stream().sorted(EXPERIENCE).toList());
    }

    @Test
    void each_entry_carries_what_the_filters_read() {
        OfferBucket bucket = OfferBucket.EMPTY.with(container("a", "2.40", 0.97, 4, true))
                .with(container("b", "1.10", 0.5, 8, false));

        assertThat(bucket.containerId(0)).isEqualTo("b");
        assertThat(bucket.priceNanos(0)).isEqualTo(1_100_000_000L);
        assertThat(bucket.gpuCount(1)).isEqualTo(4);
        assertThat(bucket.vramGbPerGpu(1)).isEqualTo(80);
        assertThat(bucket.bandwidthMbps(1)).isEqualTo(10_000);
        assertThat(bucket.qosScore(1)).isEqualTo(0.97);
        assertThat(bucket.reserved(1)).isTrue();
        assertThat(bucket.reserved(0)).isFalse();
        assertThat(bucket.byExperience(0)).isEqualTo(1);
        assertThat(bucket.pricedUpTo(2_000_000_000L)).isEqualTo(1);
    }

    @Test
    void an_earlier_bucket_is_not_changed_by_a_later_one() {
        OfferBucket one = OfferBucket.EMPTY.with(container("a", "2.40", 0.9, 8, false));

        OfferBucket two = one.with(container("b", "1.00", 0.5, 8, false));

        assertThat(one.size()).isEqualTo(1);
        assertThat(one.containerId(0)).isEqualTo("a");
        assertThat(two.without(two.container(0)).containerId(0)).isEqualTo("a");
    }
}
