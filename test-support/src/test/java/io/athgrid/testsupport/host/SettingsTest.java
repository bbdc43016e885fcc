package io.athgrid.testsupport.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void environmentNameIsThePropertyInUpperCaseWithUnderscores() {
        assertThat(Settings.environmentName("athgrid.test.postgres.url")).isEqualTo("ATHGRID_TEST_POSTGRES_URL");
        assertThat(Settings.environmentName("athgrid.anvil-bin")).isEqualTo("ATHGRID_ANVIL_BIN");
    }

    @Test
    void systemPropertyIsRead() {
        System.setProperty("athgrid.settings-test.value", " configured ");
        try {
            assertThat(Settings.get("athgrid.settings-test.value")).contains("configured");
        } finally {
            System.clearProperty("athgrid.settings-test.value");
        }
        assertThat(Settings.get("athgrid.settings-test.value")).isEmpty();
    }
}
