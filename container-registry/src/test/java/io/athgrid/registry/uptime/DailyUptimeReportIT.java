package io.athgrid.registry.uptime;

import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.registry.RegistryIT;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;

class DailyUptimeReportIT extends RegistryIT {

    @Autowired
    DailyUptimeReport report;
    @Autowired
    DataSource dataSource;

    @Test
    void the_daily_job_stores_each_live_containers_day_once_and_announces_it() {
        ECKeyPair node = newKey();
        String id = register(newKey(), node);
        heartbeat(id, node, 1);
        assertThat(eventually(() -> "OFFLINE".equals(container(id).path("status").asString()), Duration.ofSeconds(20)))
                .isTrue();
        heartbeat(id, node, 2);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        int first = report.report(today);
        int again = report.report(today);

        assertThat(first).isPositive();
        assertThat(again).isZero();
        assertThat(rows("select count(*) from container_uptime_day where container_id = ?::uuid and day = ?", id,
                java.sql.Date.valueOf(today))).isEqualTo(1);
        JsonNode event = event(id, "ContainerUptimeReported", payload -> true).orElseThrow();
        assertThat(event.path("day").asString()).isEqualTo(today.toString());
        assertThat(event.path("offlineMinutes").asInt()).isLessThan(30);
        assertThat(event.path("dailySloMet").asBoolean()).isTrue();
        assertThat(event.path("monthToDateUptimePercent").decimalValue().scale()).isEqualTo(3);
    }

    @Test
    void while_another_instance_holds_the_lock_the_job_leaves_the_day_to_it() throws Exception {
        register(newKey(), newKey());
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);

        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, DailyUptimeReport.LOCK_KEY);
            lock.execute();
            assertThat(report.report(tomorrow)).isZero();
            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, DailyUptimeReport.LOCK_KEY);
                unlock.execute();
            }
        }
        assertThat(report.report(tomorrow)).isPositive();
    }
}
