package io.athgrid.checker.qos;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One point of a container's QoS history.
 *
 * @param score   the score after the day's last sample, 0 to 100 with 4 decimals
 * @param samples how many samples the score had seen by then
 */
public record QosDay(LocalDate day, BigDecimal score, long samples) {
}
