package io.athgrid.staking.epoch;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code athgrid.staking.epochs.*}, with the design's values as defaults.
 *
 * @param genesis                 the Thursday epoch 0 starts on (ISO date)
 * @param startTime               when an epoch starts on its Thursday, UTC ({@code 00:01})
 * @param length                  how long an epoch lasts (a week)
 * @param displayedEndBeforeNext  an epoch's displayed end, before the next start (2 minutes: Wednesday 23:59)
 * @param closeGrace              how long after its end an epoch is closed (late verdicts and charges still count)
 * @param closeInterval           how often the close worker looks for epochs due
 */
@ConfigurationProperties("athgrid.staking.epochs")
public record EpochProperties(
        @DefaultValue("2026-01-01") String genesis,
        @DefaultValue("00:01") String startTime,
        @DefaultValue("7d") Duration length,
        @DefaultValue("2m") Duration displayedEndBeforeNext,
        @DefaultValue("10m") Duration closeGrace,
        @DefaultValue("60s") Duration closeInterval) {

    public EpochCalendar calendar() {
        return new EpochCalendar(LocalDate.parse(genesis), LocalTime.parse(startTime), length, displayedEndBeforeNext);
    }
}
