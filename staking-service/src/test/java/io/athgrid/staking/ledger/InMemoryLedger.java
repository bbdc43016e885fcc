package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The ledger's bookkeeping rules without a database, for domain tests: idempotent keys, no overdrawn wallet. */
final class InMemoryLedger {

    private final Map<String, JournalEntry> entries = new LinkedHashMap<>();
    private final Map<LedgerAccount, BigInteger> balances = new TreeMap<>();
    private final Map<UUID, VestingGrant> grants = new LinkedHashMap<>();

    boolean book(JournalEntry entry) {
        if (entries.putIfAbsent(entry.key(), entry) != null) {
            return false;
        }
        for (JournalEntry.Line line : entry.lines()) {
            BigInteger balance = balances.merge(line.account(), line.amountWei(), BigInteger::add);
            if (line.account().bucket().wallet() && balance.signum() < 0) {
                throw new AssertionError(entry.key() + " overdraws " + line.account());
            }
        }
        return true;
    }

    void open(VestingGrant grant) {
        grants.putIfAbsent(grant.id(), grant);
    }

    List<VestingGrant> openGrants() {
        return grants.values().stream().filter(grant -> grant.unreleasedWei().signum() > 0).toList();
    }

    void released(Map<UUID, BigInteger> released) {
        released.forEach((id, amount) -> update(id, BigInteger.ZERO, amount));
    }

    void slashed(UUID id, BigInteger amount) {
        update(id, amount, BigInteger.ZERO);
    }

    BigInteger balance(LedgerAccount account) {
        return balances.getOrDefault(account, BigInteger.ZERO);
    }

    Map<Origin, BigInteger> available(String owner) {
        Map<Origin, BigInteger> available = new TreeMap<>();
        balances.forEach((account, balance) -> {
            if (account.owner().equals(owner) && account.bucket() == Bucket.AVAILABLE && balance.signum() > 0) {
                available.put(account.origin(), balance);
            }
        });
        return available;
    }

    BigInteger sumOfAllLines() {
        return entries.values().stream().flatMap(entry -> entry.lines().stream()).map(JournalEntry.Line::amountWei)
                .reduce(BigInteger.ZERO, BigInteger::add);
    }

    BigInteger sumOf(Bucket bucket) {
        return balances.entrySet().stream().filter(e -> e.getKey().bucket() == bucket).map(Map.Entry::getValue)
                .reduce(BigInteger.ZERO, BigInteger::add);
    }

    List<JournalEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    Map<LedgerAccount, BigInteger> balances() {
        return balances;
    }

    private void update(UUID id, BigInteger slashed, BigInteger released) {
        VestingGrant g = grants.get(id);
        grants.put(id, new VestingGrant(g.id(), g.owner(), g.bucket(), g.origin(), g.amountWei(),
                g.slashedWei().add(slashed), g.releasedWei().add(released), g.startsAt(), g.endsAt()));
    }
}
