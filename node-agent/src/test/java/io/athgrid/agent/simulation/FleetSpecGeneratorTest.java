package io.athgrid.agent.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.enrolment.Registrations;
import io.athgrid.protocol.container.ContainerRegistration;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import io.athgrid.protocol.container.RegistrationRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FleetSpecGeneratorTest {

    private static final String OWNER = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    private static final String NODE_KEY = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private final List<SimulatedHostSpec> fleet = FleetSpecGenerator.generate(42, 1000);

    @Test
    void the_same_seed_gives_the_same_fleet_and_another_seed_another() {
        assertThat(FleetSpecGenerator.generate(42, 1000)).isEqualTo(fleet);
        assertThat(FleetSpecGenerator.generate(43, 1000)).isNotEqualTo(fleet);
        assertThat(FleetSpecGenerator.generate(42, 10)).isEqualTo(fleet.subList(0, 10));
    }

    @Test
    void spreads_over_regions_with_more_hosts_in_the_us_and_europe() {
        Map<Region, Long> perRegion = count(host -> host.offer().region());

        assertThat(perRegion).hasSizeGreaterThanOrEqualTo(8);
        long usAndEurope = perRegion.entrySet().stream()
                .filter(e -> e.getKey().code().startsWith("us-") || e.getKey().code().startsWith("eu-"))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(usAndEurope).isGreaterThan(600);
    }

    @Test
    void spreads_over_gpu_models_mostly_8x_h100_sxm() {
        Map<GpuModel, Long> perModel = count(host -> host.host().gpus().model());

        assertThat(perModel).hasSizeGreaterThanOrEqualTo(5);
        assertThat(perModel.get(GpuModel.H100_SXM)).isEqualTo(perModel.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(fleet).allSatisfy(host ->
                assertThat(host.host().gpus().vramGbPerGpu()).isEqualTo(host.host().gpus().model().nominalVramGb()));
    }

    @Test
    void prices_stay_within_the_spread_around_each_models_typical_price() {
        assertThat(fleet).allSatisfy(host -> {
            GpuModel model = host.host().gpus().model();
            BigDecimal price = host.offer().priceUsdPerGpuHour();
            assertThat(price).isBetween(ModelPrices.lowest(model), ModelPrices.highest(model));
            assertThat(price.scale()).isBetween(2, 4);
        });
        assertThat(fleet.stream().map(host -> host.offer().priceUsdPerGpuHour()).distinct().count()).isGreaterThan(100);
    }

    @Test
    void hardware_fits_the_gpus_and_only_graphics_boards_stream_games() {
        assertThat(fleet).allSatisfy(host -> {
            int gpus = host.host().gpus().count();
            assertThat(host.host().cpuCores()).isGreaterThanOrEqualTo(8 * gpus);
            assertThat(host.host().ramGb()).isGreaterThanOrEqualTo(64 * gpus);
            if (host.offer().services().contains("game-streaming")) {
                assertThat(host.host().gpus().model()).isIn(GpuModel.L40S, GpuModel.RTX_4090);
            }
        });
        assertThat(fleet.stream().filter(host -> host.offer().services().equals(List.of("vllm"))).count()).isGreaterThan(700);
    }

    @Test
    void hosts_sit_near_their_regions_location() {
        assertThat(fleet).allSatisfy(host -> {
            assertThat(host.offer().latitude().subtract(host.offer().region().latitude()).abs()).isLessThanOrEqualTo(new BigDecimal("1.5"));
            assertThat(host.offer().longitude().subtract(host.offer().region().longitude()).abs()).isLessThanOrEqualTo(new BigDecimal("1.5"));
        });
    }

    @Test
    void every_registration_passes_the_registrys_rules_and_every_fingerprint_is_distinct() {
        List<ContainerRegistration> registrations = fleet.stream()
                .map(host -> Registrations.of(host.host(), host.offer(), OWNER, NODE_KEY, Instant.now())).toList();

        assertThat(registrations).allSatisfy(registration -> assertThat(RegistrationRules.check(registration)).isEmpty());
        assertThat(registrations.stream().map(ContainerRegistration::fingerprint).distinct().count()).isEqualTo(1000);
        assertThat(registrations.stream().map(ContainerRegistration::endpoint).distinct().count()).isEqualTo(1000);
        assertThat(registrations).allSatisfy(registration -> assertThat(registration.endpoint()).contains(".nodes.athgrid.local"));
    }

    @Test
    void reads_gpu_specs_as_written_on_the_command_line() {
        assertThat(GpuSpec.parse("8xH100_SXM")).isEqualTo(new GpuSpec(8, GpuModel.H100_SXM));
        assertThat(GpuSpec.parse("2xrtx_4090")).isEqualTo(new GpuSpec(2, GpuModel.RTX_4090));
        assertThat(GpuSpec.parse("8xH100")).isEqualTo(new GpuSpec(8, GpuModel.H100_SXM));
        assertThatThrownBy(() -> GpuSpec.parse("8H100")).hasMessageContaining("<count>x<model>");
        assertThatThrownBy(() -> GpuSpec.parse("8xV100")).hasMessageContaining("unknown GPU model");
        assertThatThrownBy(() -> GpuSpec.parse("17xH200")).hasMessageContaining("1..16");
    }

    private <K> Map<K, Long> count(Function<SimulatedHostSpec, K> key) {
        return fleet.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
