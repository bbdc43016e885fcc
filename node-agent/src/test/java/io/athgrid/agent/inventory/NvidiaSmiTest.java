package io.athgrid.agent.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.AgentException;
import io.athgrid.protocol.container.GpuModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NvidiaSmiTest {

    @Test
    void reads_a_recorded_8x_h100_sxm_host() {
        GpuInventory gpus = NvidiaSmi.parse(recorded("8x-h100-sxm.csv"));

        assertThat(gpus.model()).isEqualTo(GpuModel.H100_SXM);
        assertThat(gpus.count()).isEqualTo(8);
        assertThat(gpus.vramGbPerGpu()).isEqualTo(80);
        assertThat(gpus.serials()).hasSize(8).doesNotHaveDuplicates().first().isEqualTo("1652922304115");
        assertThat(gpus.uuids()).allMatch(uuid -> uuid.startsWith("GPU-"));
        assertThat(gpus.driverVersion()).isEqualTo("550.54.15");
    }

    @Test
    void reads_a_recorded_4x_h100_pcie_host() {
        GpuInventory gpus = NvidiaSmi.parse(recorded("4x-h100-pcie.csv"));

        assertThat(gpus.model()).isEqualTo(GpuModel.H100_PCIE);
        assertThat(gpus.count()).isEqualTo(4);
        assertThat(gpus.vramGbPerGpu()).isEqualTo(80);
        assertThat(gpus.driverVersion()).isEqualTo("560.35.03");
    }

    @Test
    void reads_a_recorded_8x_h200_host_with_its_nominal_141_gb() {
        GpuInventory gpus = NvidiaSmi.parse(recorded("8x-h200.csv"));

        assertThat(gpus.model()).isEqualTo(GpuModel.H200);
        assertThat(gpus.count()).isEqualTo(8);
        assertThat(gpus.vramGbPerGpu()).isEqualTo(141);
    }

    @Test
    void maps_the_product_names_of_other_supported_boards() {
        assertThat(GpuModelNames.modelOf("NVIDIA A100-SXM4-80GB")).contains(GpuModel.A100);
        assertThat(GpuModelNames.modelOf("NVIDIA L40S")).contains(GpuModel.L40S);
        assertThat(GpuModelNames.modelOf("NVIDIA GeForce RTX 4090")).contains(GpuModel.RTX_4090);
        assertThat(GpuModelNames.modelOf("NVIDIA B200")).contains(GpuModel.B200);
        assertThat(GpuModelNames.modelOf("NVIDIA H100 NVL")).isEmpty();
        assertThat(GpuModelNames.modelOf("Tesla T4")).isEmpty();
    }

    @Test
    void a_smaller_board_of_a_model_keeps_its_measured_size() {
        assertThat(VramSize.gbPerGpu(GpuModel.A100, 40960)).isEqualTo(40);
        assertThat(VramSize.gbPerGpu(GpuModel.L40S, 46068)).isEqualTo(48);
        assertThat(VramSize.gbPerGpu(GpuModel.RTX_4090, 24564)).isEqualTo(24);
    }

    @Test
    void refuses_a_host_that_mixes_models() {
        String mixed = recorded("8x-h100-sxm.csv").lines().findFirst().orElseThrow() + "\n"
                + recorded("8x-h200.csv").lines().findFirst().orElseThrow();

        assertThatThrownBy(() -> NvidiaSmi.parse(mixed))
                .isInstanceOf(AgentException.class).hasMessageContaining("mixes GPU models");
    }

    @Test
    void refuses_malformed_output_saying_which_line() {
        assertThatThrownBy(() -> NvidiaSmi.parse(""))
                .isInstanceOf(AgentException.class).hasMessageContaining("no GPU");
        assertThatThrownBy(() -> NvidiaSmi.parse("NVIDIA H100 80GB HBM3, 81559, 1652922304115"))
                .hasMessageContaining("line 1").hasMessageContaining("expected 6 fields");
        assertThatThrownBy(() -> NvidiaSmi.parse(
                "NVIDIA H100 80GB HBM3, lots, 1652922304115, GPU-a, 00000000:18:00.0, 550.54.15"))
                .hasMessageContaining("memory.total");
        assertThatThrownBy(() -> NvidiaSmi.parse(
                "NVIDIA H100 80GB HBM3, 81559, [N/A], GPU-a, 00000000:18:00.0, 550.54.15"))
                .hasMessageContaining("serial is missing");
        assertThatThrownBy(() -> NvidiaSmi.parse("Tesla T4, 15360, 1320120012345, GPU-a, 00000000:18:00.0, 550.54.15"))
                .hasMessageContaining("not supported");
        assertThatThrownBy(() -> NvidiaSmi.parse("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."))
                .hasMessageContaining("unexpected nvidia-smi output");
    }

    @Test
    void asks_nvidia_smi_for_exactly_the_fields_it_reads() {
        assertThat(NvidiaSmi.arguments()).containsExactly(
                "--query-gpu=name,memory.total,serial,uuid,pci.bus_id,driver_version", "--format=csv,noheader,nounits");
    }

    static String recorded(String name) {
        try (InputStream in = NvidiaSmiTest.class.getResourceAsStream("/nvidia-smi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
