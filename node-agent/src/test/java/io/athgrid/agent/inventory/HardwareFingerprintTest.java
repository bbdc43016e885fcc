package io.athgrid.agent.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardwareFingerprintTest {

    private static final List<String> MACS = List.of("3c:ec:ef:10:22:01", "3c:ec:ef:10:22:00");
    private static final String CPU = "Intel(R) Xeon(R) Platinum 8480+";
    private static final List<String> SERIALS = List.of("1652922304115", "1652922051297", "1652922342519");

    @Test
    void is_keccak256_of_the_canonical_string_as_0x_hex() {
        String fingerprint = HardwareFingerprint.of(MACS, CPU, SERIALS);

        assertThat(fingerprint).matches("0x[0-9a-f]{64}");
        assertThat(HardwareFingerprint.canonical(MACS, CPU, SERIALS)).isEqualTo("athgrid-fingerprint-v1\n"
                + "macs=3c:ec:ef:10:22:00,3c:ec:ef:10:22:01\ncpu=" + CPU + "\ngpus=1652922051297,1652922304115,1652922342519");
    }

    @Test
    void does_not_depend_on_the_order_devices_are_listed_in_or_on_mac_case() {
        String fingerprint = HardwareFingerprint.of(MACS, CPU, SERIALS);

        assertThat(HardwareFingerprint.of(List.of("3C:EC:EF:10:22:00", "3c:ec:ef:10:22:01"), CPU,
                List.of("1652922342519", "1652922304115", "1652922051297"))).isEqualTo(fingerprint);
    }

    @Test
    void changes_when_any_part_of_the_hardware_changes() {
        String fingerprint = HardwareFingerprint.of(MACS, CPU, SERIALS);

        assertThat(HardwareFingerprint.of(List.of("3c:ec:ef:10:22:00", "3c:ec:ef:10:22:02"), CPU, SERIALS)).isNotEqualTo(fingerprint);
        assertThat(HardwareFingerprint.of(MACS, "AMD EPYC 9654 96-Core Processor", SERIALS)).isNotEqualTo(fingerprint);
        assertThat(HardwareFingerprint.of(MACS, CPU, List.of("1652922304115", "1652922051297", "1652922342518"))).isNotEqualTo(fingerprint);
        assertThat(HardwareFingerprint.of(MACS, CPU, SERIALS.subList(0, 2))).isNotEqualTo(fingerprint);
        assertThat(HardwareFingerprint.of(MACS.subList(0, 1), CPU, SERIALS)).isNotEqualTo(fingerprint);
    }
}
