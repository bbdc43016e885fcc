package io.athgrid.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.indexer.fixtures.Containers;
import io.athgrid.protocol.container.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingViewTest {

    private static final Instant T0 = Containers.T0;

    private final CapacityIndex index = new CapacityIndex(0.5);

    /** Everything a view holds, as comparable text. */
    private static List<String> contents(MatchingView view, Set<String> services, Set<String> models) {
        List<String> lines = new ArrayList<>();
        lines.add("matchable=" + view.matchable() + " standby=" + view.standby() + " inexact=" + view.inexactPrices());
        for (String service : services) {
            lines.add(service + " standby=" + view.standbyWith(service));
            for (String model : models) {
                OfferBucket[] buckets = view.buckets(service, model);
                for (int slot = 0; slot < buckets.length; slot++) {
                    for (int i = 0; i < buckets[slot].size(); i++) {
                        lines.add(service + "/" + model + "/" + slot + ": " + buckets[slot].container(i));
                    }
                }
            }
        }
        lines.add("all: " + view.snapshot().containers().stream().map(IndexedContainer::toString).sorted().toList());
        return lines;
    }

    @Test
    void standby_containers_are_in_the_buckets_of_each_service_their_model_and_region() {
        Containers.in(index).services("vllm", "comfyui").region("us-east").add("a");
        Containers.in(index).status("SERVING").add("serving");
        Containers.in(index).region("moon-base").add("unknown-region");
        index.statusChanged("status-only", "0xowner", "STANDBY", T0);

        MatchingView view = index.matchingView();

        assertThat(view.matchable()).isEqualTo(3);
        assertThat(view.standby()).isEqualTo(2);
        assertThat(view.standbyWith("vllm")).isEqualTo(2);
        assertThat(view.standbyWith("comfyui")).isEqualTo(1);
        assertThat(view.buckets("comfyui", "H100_SXM")[Region.US_EAST.ordinal()].containerId(0)).isEqualTo("a");
        assertThat(view.buckets("vllm", "H100_SXM")[MatchingView.UNKNOWN_REGION].containerId(0))
                .isEqualTo("unknown-region");
        assertThat(view.buckets("vllm", "A100")[Region.EU_WEST.ordinal()].size()).isZero();
        assertThat(view.snapshot().containers()).hasSize(4);
    }

    @Test
    void a_view_stays_as_it_was_while_the_index_changes() {
        Containers.in(index).add("a");
        MatchingView before = index.matchingView();

        index.statusChanged("a", "0xowner", "SERVING", T0.plusSeconds(60));
        index.markReserved(List.of("a"), true);
        Containers.in(index).add("b");

        OfferBucket bucket = before.buckets("vllm", "H100_SXM")[Region.EU_WEST.ordinal()];
        assertThat(bucket.size()).isEqualTo(1);
        assertThat(bucket.reserved(0)).isFalse();
        assertThat(before.standby()).isEqualTo(1);
        assertThat(index.matchingView().standby()).isEqualTo(1);
        assertThat(index.matchingView().buckets("vllm", "H100_SXM")[Region.EU_WEST.ordinal()].containerId(0))
                .isEqualTo("b");
    }

    @Test
    void the_view_kept_up_to_date_change_by_change_equals_one_built_from_the_containers() {
        Random random = new Random(11);
        String[] statuses = {"STANDBY", "STANDBY", "SERVING", "OFFLINE"};
        String[] models = {"H100_SXM", "A100"};
        String[] regions = {"eu-west", "us-east", "moon-base"};
        String[] prices = {"2.00", "2.50", "2.0000000001"};
        for (int step = 0; step < 3_000; step++) {
            String id = "c-" + random.nextInt(300);
            Instant at = T0.plusSeconds(step);
            switch (random.nextInt(6)) {
                case 0 -> index.statusChanged(id, "0xowner", statuses[random.nextInt(statuses.length)], at);
                case 1 -> index.qosScored(id, random.nextInt(3) / 2.0);
                case 2 -> index.markReserved(List.of(id), random.nextBoolean());
                case 3 -> {
                    Set<String> held = new HashSet<>();
                    for (int k = 0; k < random.nextInt(20); k++) {
                        held.add("c-" + random.nextInt(300));
                    }
                    index.reservedExactly(held);
                }
                default -> Containers.in(index).status(statuses[random.nextInt(statuses.length)])
                        .gpus(models[random.nextInt(models.length)], 8)
                        .services(random.nextBoolean() ? new String[] {"vllm"} : new String[] {"vllm", "sglang"})
                        .region(regions[random.nextInt(regions.length)])
                        .price(prices[random.nextInt(prices.length)]).add(id);
            }
        }

        Set<String> services = Set.of("vllm", "sglang");
        Set<String> allModels = Set.of(models);
        assertThat(contents(index.matchingView(), services, allModels))
                .isEqualTo(contents(MatchingView.of(index.snapshot().containers()), services, allModels));
    }
}
