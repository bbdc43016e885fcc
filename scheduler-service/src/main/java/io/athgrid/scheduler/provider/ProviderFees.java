package io.athgrid.scheduler.provider;

import io.athgrid.scheduler.billing.DailyProviderFees.DayFees;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A provider's fees per UTC day and container, newest day first, by the accrual's own day rule; a
 * day already accrued shows what accrued. That can differ from the day's net fees: a day whose
 * refunds exceeded its fees carried the deficit into the following days. Days without charges or
 * refunds are left out (a carried deficit alone accrues nothing).
 */
record ProviderFees(String owner, List<Day> days, BigInteger totalNetWei) {

    /**
     * @param accrued    whether the midnight run has accrued this day; today's row never is yet, and
     *                   shows what will accrue at the next 00:00 UTC (less any carried deficit)
     * @param accruedWei what accrued, vesting from {@code vestsAt}; null until accrued
     */
    record Day(LocalDate day, String containerId, BigInteger feesWei, BigInteger refundsWei, BigInteger netWei,
            boolean accrued, BigInteger accruedWei, Instant vestsAt) {
    }

    /** One container's accrual of one day, as the midnight run wrote it. */
    record Accrual(LocalDate day, String containerId, BigInteger amountWei, Instant vestsAt) {
    }

    static ProviderFees of(String owner, List<DayFees> fees, List<Accrual> accruals) {
        Map<String, Accrual> accrued = accruals.stream()
                .collect(Collectors.toMap(a -> key(a.day(), a.containerId()), Function.identity()));
        List<Day> days = fees.stream()
                .sorted(Comparator.comparing(DayFees::day).reversed().thenComparing(DayFees::containerId))
                .map(day -> {
                    Accrual accrual = accrued.get(key(day.day(), day.containerId()));
                    return new Day(day.day(), day.containerId(), day.feesWei(), day.refundsWei(), day.netWei(),
                            accrual != null, accrual == null ? null : accrual.amountWei(),
                            accrual == null ? null : accrual.vestsAt());
                })
                .toList();
        BigInteger total = days.stream().map(Day::netWei).reduce(BigInteger.ZERO, BigInteger::add);
        return new ProviderFees(owner, days, total);
    }

    private static String key(LocalDate day, String containerId) {
        return day + "/" + containerId;
    }
}
