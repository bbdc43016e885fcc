package io.athgrid.scheduler.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import io.athgrid.scheduler.market.Market;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final long DAY = 86_400;
    private static final OrderRules.Limits LIMITS = new OrderRules.Limits(8, 150, Duration.ofHours(24),
            Duration.ofDays(90), Duration.ofDays(30));

    private final OrderRules rules = new OrderRules(LIMITS, new FixedMarket(List.of(
            new FixedMarket.Offer(GpuModel.H100_SXM, "vllm", "2.49"),
            new FixedMarket.Offer(GpuModel.H100_SXM, "vllm", "3.10"),
            new FixedMarket.Offer(GpuModel.A100, "vllm", "1.20"),
            new FixedMarket.Offer(GpuModel.H100_SXM, "game-streaming", "1.90"),
            new FixedMarket.Offer(GpuModel.RTX_4090, "game-streaming", "0.40"))));

    /** A market of a fixed list of offers: the port {@link OrderRules} asks, without the Indexer. */
    private static final class FixedMarket implements Market {

        record Offer(GpuModel model, String service, String price) {
        }

        private final List<Offer> offers;

        FixedMarket(List<Offer> offers) {
            this.offers = offers;
        }

        @Override
        public boolean offersService(String service) {
            return offers.stream().anyMatch(offer -> offer.service().equals(service));
        }

        @Override
        public Optional<BigDecimal> cheapest(GpuModel gpuModel, String service) {
            return offers.stream()
                    .filter(offer -> offer.model() == gpuModel && offer.service().equals(service))
                    .map(offer -> new BigDecimal(offer.price()))
                    .min(Comparator.naturalOrder());
        }
    }

    /** A valid on-demand order to vary one field at a time. */
    private static Request onDemand() {
        return new Request();
    }

    private static Request reserved() {
        Request request = new Request();
        request.kind = "RESERVED";
        request.durationSeconds = 2 * DAY;
        return request;
    }

    private static final class Request {
        String kind = "ON_DEMAND";
        String gpuModel = "H100_SXM";
        Integer gpusPerNode = 8;
        Integer nodes = 1;
        Integer minVramGbPerGpu = 80;
        Integer minBandwidthMbps = 1_000;
        String region = "eu-west";
        Integer maxLatencyMs = 80;
        String service = "vllm";
        BigDecimal maxPriceUsdPerGpuHour = new BigDecimal("3.00");
        String policy = "LOWEST_FEE";
        Instant startsAt;
        Long durationSeconds;

        OrderRequest build() {
            return new OrderRequest(kind, gpuModel, gpusPerNode, nodes, minVramGbPerGpu, minBandwidthMbps, region,
                    maxLatencyMs, service, maxPriceUsdPerGpuHour, policy, startsAt, durationSeconds);
        }
    }

    private List<FieldError> errorsOf(Request request) {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> rules.validate(request.build(), NOW));
        assertThat(refused).as("the order should have been refused").isNotNull();
        return refused.errors();
    }

    private List<String> fieldsRefused(Request request) {
        return errorsOf(request).stream().map(FieldError::field).toList();
    }

    @Nested
    class Accepts {

        @Test
        void a_valid_on_demand_order_starting_now_and_running_until_cancelled() {
            ValidOrder order = rules.validate(onDemand().build(), NOW);

            assertThat(order).isEqualTo(new ValidOrder(OrderKind.ON_DEMAND, GpuModel.H100_SXM, 8, 1, 80, 1_000,
                    Region.EU_WEST, 80, "vllm", new BigDecimal("3.00"), RankingPolicy.LOWEST_FEE, NOW, null));
        }

        @Test
        void an_on_demand_order_with_a_duration_limit() {
            Request request = onDemand();
            request.durationSeconds = 5_400L;

            assertThat(rules.validate(request.build(), NOW).duration()).isEqualTo(Duration.ofMinutes(90));
        }

        @Test
        void defaults_for_the_optional_fields() {
            Request request = onDemand();
            request.minVramGbPerGpu = null;
            request.minBandwidthMbps = null;
            request.maxLatencyMs = null;
            request.policy = null;

            ValidOrder order = rules.validate(request.build(), NOW);

            assertThat(order.maxLatencyMs()).isEqualTo(150);
            assertThat(order.policy()).isEqualTo(RankingPolicy.BEST_OVERALL);
            assertThat(order.minVramGbPerGpu()).isNull();
            assertThat(order.minBandwidthMbps()).isNull();
        }

        @Test
        void names_in_any_case() {
            Request request = onDemand();
            request.kind = "on_demand";
            request.gpuModel = "h100_sxm";
            request.region = "EU-WEST";
            request.policy = "best_experience";

            ValidOrder order = rules.validate(request.build(), NOW);

            assertThat(order.kind()).isEqualTo(OrderKind.ON_DEMAND);
            assertThat(order.gpuModel()).isEqualTo(GpuModel.H100_SXM);
            assertThat(order.region()).isEqualTo(Region.EU_WEST);
            assertThat(order.policy()).isEqualTo(RankingPolicy.BEST_EXPERIENCE);
        }

        @Test
        void a_budget_exactly_at_the_cheapest_price() {
            Request request = onDemand();
            request.maxPriceUsdPerGpuHour = new BigDecimal("2.49");

            assertThat(rules.validate(request.build(), NOW).maxPriceUsdPerGpuHour()).isEqualByComparingTo("2.49");
        }

        @Test
        void the_largest_specs_the_limits_allow() {
            Request request = onDemand();
            request.gpusPerNode = 16;
            request.nodes = 8;

            ValidOrder order = rules.validate(request.build(), NOW);

            assertThat(order.gpusPerNode()).isEqualTo(16);
            assertThat(order.nodes()).isEqualTo(8);
        }

        @Test
        void a_reserved_order_starting_later_for_whole_periods() {
            Request request = reserved();
            request.startsAt = NOW.plus(Duration.ofDays(3));

            ValidOrder order = rules.validate(request.build(), NOW);

            assertThat(order.kind()).isEqualTo(OrderKind.RESERVED);
            assertThat(order.startsAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
            assertThat(order.duration()).isEqualTo(Duration.ofDays(2));
        }

        @Test
        void a_reserved_order_without_a_start_starts_now() {
            assertThat(rules.validate(reserved().build(), NOW).startsAt()).isEqualTo(NOW);
        }

        @Test
        void a_reserved_start_a_few_seconds_ago_is_taken_as_now() {
            Request request = reserved();
            request.startsAt = NOW.minusSeconds(30);

            assertThat(rules.validate(request.build(), NOW).startsAt()).isEqualTo(NOW);
        }
    }

    @Nested
    class RefusesImpossibleSpecs {

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 17})
        void gpus_per_node_outside_1_to_16(int gpus) {
            Request request = onDemand();
            request.gpusPerNode = gpus;

            assertThat(fieldsRefused(request)).containsExactly("gpusPerNode");
        }

        @Test
        void more_nodes_than_an_order_may_ask_for() {
            Request request = onDemand();
            request.nodes = 9;

            assertThat(errorsOf(request)).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("nodes");
                assertThat(error.message()).contains("8");
            });
        }

        @Test
        void zero_nodes() {
            Request request = onDemand();
            request.nodes = 0;

            assertThat(fieldsRefused(request)).containsExactly("nodes");
        }

        @Test
        void more_vram_than_the_gpu_model_has() {
            Request request = onDemand();
            request.minVramGbPerGpu = 81;

            List<FieldError> errors = errorsOf(request);

            assertThat(errors).extracting(FieldError::field).containsExactly("minVramGbPerGpu");
            assertThat(errors.get(0).message()).contains("80");
        }

        @Test
        void vram_a_bigger_model_would_have() {
            Request request = onDemand();
            request.gpuModel = "A100";
            request.minVramGbPerGpu = 141;
            request.maxPriceUsdPerGpuHour = new BigDecimal("2.00");

            assertThat(fieldsRefused(request)).containsExactly("minVramGbPerGpu");
        }

        @Test
        void zero_vram() {
            Request request = onDemand();
            request.minVramGbPerGpu = 0;

            assertThat(fieldsRefused(request)).containsExactly("minVramGbPerGpu");
        }

        @Test
        void a_latency_limit_out_of_range() {
            Request request = onDemand();
            request.maxLatencyMs = 0;

            assertThat(fieldsRefused(request)).containsExactly("maxLatencyMs");
        }

        @Test
        void a_bandwidth_that_is_not_positive() {
            Request request = onDemand();
            request.minBandwidthMbps = 0;

            assertThat(fieldsRefused(request)).containsExactly("minBandwidthMbps");
        }
    }

    @Nested
    class RefusesDurations {

        @ParameterizedTest
        @ValueSource(longs = {0, -1, -86_400})
        void that_are_not_positive_on_demand(long seconds) {
            Request request = onDemand();
            request.durationSeconds = seconds;

            assertThat(fieldsRefused(request)).containsExactly("durationSeconds");
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -86_400})
        void that_are_not_positive_reserved(long seconds) {
            Request request = reserved();
            request.durationSeconds = seconds;

            assertThat(fieldsRefused(request)).containsExactly("durationSeconds");
        }

        @Test
        void longer_than_the_longest_order() {
            Request request = onDemand();
            request.durationSeconds = 91 * DAY;

            assertThat(fieldsRefused(request)).containsExactly("durationSeconds");
        }

        @Test
        void a_reserved_order_without_a_duration() {
            Request request = reserved();
            request.durationSeconds = null;

            assertThat(errorsOf(request)).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("durationSeconds");
                assertThat(error.message()).contains("required");
            });
        }

        @Test
        void a_reserved_order_that_is_not_whole_periods() {
            Request request = reserved();
            request.durationSeconds = 36 * 3_600L;

            List<FieldError> errors = errorsOf(request);

            assertThat(errors).extracting(FieldError::field).containsExactly("durationSeconds");
            assertThat(errors.get(0).message()).contains("86400");
        }
    }

    @Nested
    class RefusesStarts {

        @Test
        void a_reserved_start_in_the_past() {
            Request request = reserved();
            request.startsAt = NOW.minusSeconds(3_600);

            assertThat(errorsOf(request)).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("startsAt");
                assertThat(error.message()).contains("past");
            });
        }

        @Test
        void a_reserved_start_beyond_the_lead_time() {
            Request request = reserved();
            request.startsAt = NOW.plus(Duration.ofDays(31));

            assertThat(fieldsRefused(request)).containsExactly("startsAt");
        }

        @Test
        void any_start_for_an_on_demand_order() {
            Request request = onDemand();
            request.startsAt = NOW.plusSeconds(3_600);

            assertThat(fieldsRefused(request)).containsExactly("startsAt");
        }
    }

    @Nested
    class RefusesBudgets {

        @Test
        void below_every_price_naming_the_cheapest() {
            Request request = onDemand();
            request.maxPriceUsdPerGpuHour = new BigDecimal("2.00");

            List<FieldError> errors = errorsOf(request);

            assertThat(errors).extracting(FieldError::field).containsExactly("maxPriceUsdPerGpuHour");
            assertThat(errors.get(0).message()).contains("2.49").contains("H100_SXM").contains("vllm");
        }

        @Test
        void judged_against_the_cheapest_offer_of_the_same_model_and_service_only() {
            // an A100 with vllm at 1.20 and an H100 with game-streaming at 1.90 do not make 1.95 enough
            Request request = onDemand();
            request.maxPriceUsdPerGpuHour = new BigDecimal("1.95");

            List<FieldError> errors = errorsOf(request);

            assertThat(errors).extracting(FieldError::field).containsExactly("maxPriceUsdPerGpuHour");
            assertThat(errors.get(0).message()).contains("2.49");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "1000.01", "2.1234567"})
        void that_is_not_a_positive_usd_amount_with_at_most_six_decimals(String budget) {
            Request request = onDemand();
            request.maxPriceUsdPerGpuHour = new BigDecimal(budget);

            assertThat(fieldsRefused(request)).containsExactly("maxPriceUsdPerGpuHour");
        }

        @Test
        void that_is_missing() {
            Request request = onDemand();
            request.maxPriceUsdPerGpuHour = null;

            assertThat(errorsOf(request)).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("maxPriceUsdPerGpuHour");
                assertThat(error.message()).contains("required");
            });
        }
    }

    @Nested
    class RefusesUnknowns {

        @Test
        void an_unknown_region() {
            Request request = onDemand();
            request.region = "mars-north";

            assertThat(fieldsRefused(request)).containsExactly("region");
        }

        @Test
        void a_service_no_container_offers() {
            Request request = onDemand();
            request.service = "quantum-annealing";

            List<FieldError> errors = errorsOf(request);

            assertThat(errors).extracting(FieldError::field).containsExactly("service");
            assertThat(errors.get(0).message()).contains("quantum-annealing");
        }

        @Test
        void a_service_offered_but_not_on_that_gpu_model() {
            Request request = onDemand();
            request.gpuModel = "RTX_4090";
            request.minVramGbPerGpu = 24;

            List<FieldError> errors = errorsOf(request);

            assertThat(errors).extracting(FieldError::field).containsExactly("service");
            assertThat(errors.get(0).message()).contains("RTX_4090").contains("vllm");
        }

        @ParameterizedTest
        @ValueSource(strings = {"VLLM", "v llm", "vllm!", "", " "})
        void a_service_name_that_is_not_lower_case_letters_digits_or_dashes(String service) {
            Request request = onDemand();
            request.service = service;

            assertThat(fieldsRefused(request)).containsExactly("service");
        }

        @Test
        void an_unknown_gpu_model() {
            Request request = onDemand();
            request.gpuModel = "GTX_1080";

            assertThat(fieldsRefused(request)).containsExactly("gpuModel");
        }

        @Test
        void an_unknown_ranking_policy() {
            Request request = onDemand();
            request.policy = "cheapest";

            assertThat(errorsOf(request)).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("policy");
                assertThat(error.message()).contains("cheapest");
            });
        }

        @Test
        void an_unknown_order_kind() {
            Request request = onDemand();
            request.kind = "SPOT";

            assertThat(fieldsRefused(request)).containsExactly("kind");
        }

        @Test
        void missing_required_fields() {
            Request request = onDemand();
            request.kind = null;
            request.gpuModel = " ";
            request.region = null;
            request.gpusPerNode = null;
            request.nodes = null;
            request.service = null;
            request.minVramGbPerGpu = null;

            assertThat(fieldsRefused(request)).containsExactlyInAnyOrder("kind", "gpuModel", "region", "gpusPerNode",
                    "nodes", "service");
        }
    }

    @Test
    void lists_every_error_at_once() {
        Request request = reserved();
        request.gpuModel = "GTX_1080";
        request.gpusPerNode = 0;
        request.nodes = 99;
        request.minVramGbPerGpu = 0;
        request.region = "mars-north";
        request.maxLatencyMs = 5_000;
        request.service = "quantum-annealing";
        request.maxPriceUsdPerGpuHour = new BigDecimal("-1");
        request.policy = "cheapest";
        request.startsAt = NOW.minus(Duration.ofDays(1));
        request.durationSeconds = 36 * 3_600L;

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> rules.validate(request.build(), NOW));

        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("gpuModel", "region",
                "policy", "gpusPerNode", "nodes", "maxLatencyMs", "minVramGbPerGpu", "service",
                "maxPriceUsdPerGpuHour", "durationSeconds", "startsAt");
        assertThat(refused).hasMessage("The order is not valid");
    }

    @Test
    void lists_a_budget_below_every_price_together_with_other_errors() {
        Request request = onDemand();
        request.maxPriceUsdPerGpuHour = new BigDecimal("1.00");
        request.nodes = 20;
        request.startsAt = NOW.plusSeconds(60);

        assertThat(fieldsRefused(request)).containsExactlyInAnyOrder("maxPriceUsdPerGpuHour", "nodes", "startsAt");
    }
}
