package io.athgrid.staking.reward;

import io.athgrid.staking.ledger.DailyAccrual;
import io.athgrid.staking.ledger.RewardKind;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An account's accruals per UTC day of the window and kind: days oldest first, only those with accruals,
 * kinds in {@link RewardKind} order; wei as strings.
 */
public record DailyRewardsView(String account, LocalDate from, LocalDate to, List<DayRewards> days) {

    static DailyRewardsView of(String account, DailyWindow window, List<DailyAccrual> accruals) {
        SortedMap<LocalDate, Map<RewardKind, BigInteger>> byDay = new TreeMap<>();
        accruals.stream()
                .filter(accrual -> !accrual.day().isBefore(window.from()) && !accrual.day().isAfter(window.to()))
                .forEach(accrual -> byDay.computeIfAbsent(accrual.day(), day -> new EnumMap<>(RewardKind.class))
                        .merge(accrual.kind(), accrual.amountWei(), BigInteger::add));
        List<DayRewards> days = byDay.entrySet().stream()
                .map(day -> new DayRewards(day.getKey(),
                        day.getValue().values().stream().reduce(BigInteger.ZERO, BigInteger::add).toString(),
                        day.getValue().entrySet().stream()
                                .map(kind -> new KindAmount(kind.getKey().name(), kind.getValue().toString()))
                                .toList()))
                .toList();
        return new DailyRewardsView(account, window.from(), window.to(), days);
    }

    public record DayRewards(LocalDate day, String totalWei, List<KindAmount> kinds) {
    }

    public record KindAmount(String kind, String amountWei) {
    }
}
