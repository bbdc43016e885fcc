package io.athgrid.staking.reward;

import io.athgrid.staking.ledger.Accrual;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An account's accruals per epoch and kind, with the sources (pool, container, license) that earned them; wei as strings. */
public record RewardsView(String account, List<EpochRewards> epochs) {

    static RewardsView of(String account, List<Accrual> accruals) {
        Map<Long, Map<String, List<Accrual>>> byEpochAndKind = new LinkedHashMap<>();
        accruals.forEach(accrual -> byEpochAndKind.computeIfAbsent(accrual.epoch(), e -> new LinkedHashMap<>())
                .computeIfAbsent(accrual.kind().name(), k -> new ArrayList<>()).add(accrual));
        List<EpochRewards> epochs = new ArrayList<>();
        byEpochAndKind.forEach((epoch, byKind) -> {
            List<KindRewards> kinds = new ArrayList<>();
            byKind.forEach((kind, list) -> kinds.add(new KindRewards(kind, sum(list).toString(),
                    list.stream().map(a -> new SourceReward(a.source(), a.amountWei().toString())).toList())));
            epochs.add(new EpochRewards(epoch, sum(byKind.values().stream().flatMap(List::stream).toList()).toString(),
                    kinds));
        });
        return new RewardsView(account, epochs);
    }

    private static BigInteger sum(List<Accrual> accruals) {
        return accruals.stream().map(Accrual::amountWei).reduce(BigInteger.ZERO, BigInteger::add);
    }

    public record EpochRewards(long epoch, String totalWei, List<KindRewards> kinds) {
    }

    public record KindRewards(String kind, String amountWei, List<SourceReward> sources) {
    }

    public record SourceReward(String source, String amountWei) {
    }
}
