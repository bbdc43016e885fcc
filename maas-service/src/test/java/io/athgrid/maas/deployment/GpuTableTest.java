package io.athgrid.maas.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.protocol.container.GpuModel;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class GpuTableTest {

    @Test
    void every_platform_gpu_model_has_its_nominal_memory_by_default() {
        GpuTable table = GpuTable.of(Map.of());

        for (GpuModel model : GpuModel.values()) {
            assertThat(table.vramGb(model)).as(model.name()).isEqualTo(model.nominalVramGb());
        }
        assertThat(table.vramGb(GpuModel.H100_SXM)).isEqualTo(80);
        assertThat(table.vramGb(GpuModel.RTX_4090)).isEqualTo(24);
    }

    @Test
    void configuration_overrides_a_gpu_model_whatever_case_and_separators_its_key_kept() {
        GpuTable table = GpuTable.of(Map.of("h100sxm", 76, "RTX-4090", 22));

        assertThat(table.vramGb(GpuModel.H100_SXM)).isEqualTo(76);
        assertThat(table.vramGb(GpuModel.RTX_4090)).isEqualTo(22);
        assertThat(table.vramGb(GpuModel.H200)).isEqualTo(141);
    }

    @Test
    void an_unknown_gpu_model_or_a_size_that_is_not_positive_is_a_configuration_error() {
        assertThatThrownBy(() -> GpuTable.of(Map.of("GTX_1080", 8))).hasMessageContaining("unknown GPU model GTX_1080");
        assertThatThrownBy(() -> GpuTable.of(Map.of("H200", 0))).hasMessageContaining("positive");
        Map<String, Integer> missing = new HashMap<>();
        missing.put("H200", null);
        assertThatThrownBy(() -> GpuTable.of(missing)).hasMessageContaining("positive");
    }

    @Test
    void gpu_models_are_found_in_any_case() {
        GpuTable table = GpuTable.of(Map.of());

        assertThat(table.find("h100_pcie")).contains(GpuModel.H100_PCIE);
        assertThat(table.find("H100")).isEmpty();
        assertThat(table.find(null)).isEmpty();
    }

    @Test
    void the_table_binds_from_athgrid_maas_gpus() {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of(
                "athgrid.maas.gpus.H100_SXM.vram-gb", "76", "athgrid.maas.gpus.B200.vram-gb", "192"));

        GpuTable table = new Binder(source).bind("athgrid.maas", GpuProperties.class).get().table();

        assertThat(table.vramGb(GpuModel.H100_SXM)).isEqualTo(76);
        assertThat(table.vramGb(GpuModel.B200)).isEqualTo(192);
    }
}
