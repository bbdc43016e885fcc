package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One balanced booking: its lines sum to zero, to the wei. {@code key} makes it idempotent: the
 * ledger books an entry with a key it already holds no second time. {@code epoch} is the epoch it
 * belongs to, where it belongs to one.
 */
public record JournalEntry(String key, EntryKind kind, Long epoch, List<Line> lines) {

    public JournalEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an entry needs lines");
        }
        Set<LedgerAccount> accounts = new HashSet<>();
        BigInteger sum = BigInteger.ZERO;
        for (Line line : lines) {
            if (!accounts.add(line.account())) {
                throw new IllegalArgumentException("account " + line.account() + " twice in entry " + key);
            }
            sum = sum.add(line.amountWei());
        }
        if (sum.signum() != 0) {
            throw new IllegalArgumentException("entry " + key + " does not balance: " + sum + " wei");
        }
    }

    public static Builder builder(String key, EntryKind kind, Long epoch) {
        return new Builder(key, kind, epoch);
    }

    /** The amount this entry puts on an account (negative when it takes), zero when it does not touch it. */
    public BigInteger amountOn(LedgerAccount account) {
        return lines.stream().filter(line -> line.account().equals(account)).map(Line::amountWei).findFirst()
                .orElse(BigInteger.ZERO);
    }

    /** A signed amount on one account; positive adds to the account. */
    public record Line(LedgerAccount account, BigInteger amountWei) {

        public Line {
            Objects.requireNonNull(account, "account");
            if (amountWei.signum() == 0) {
                throw new IllegalArgumentException("a line moves something");
            }
        }
    }

    /** Collects moves between accounts and nets them per account, so every entry balances by construction. */
    public static final class Builder {

        private final String key;
        private final EntryKind kind;
        private final Long epoch;
        private final TreeMap<LedgerAccount, BigInteger> net = new TreeMap<>();

        private Builder(String key, EntryKind kind, Long epoch) {
            this.key = key;
            this.kind = kind;
            this.epoch = epoch;
        }

        /** Moves {@code amountWei} (not negative; zero moves nothing) from one account to another. */
        public Builder move(LedgerAccount from, LedgerAccount to, BigInteger amountWei) {
            if (amountWei.signum() < 0) {
                throw new IllegalArgumentException("a move is of a positive amount");
            }
            if (amountWei.signum() > 0) {
                net.merge(from, amountWei.negate(), BigInteger::add);
                net.merge(to, amountWei, BigInteger::add);
            }
            return this;
        }

        /** The entry, or empty when the moves cancel out (nothing to book). */
        public Optional<JournalEntry> build() {
            List<Line> lines = net.entrySet().stream()
                    .filter(e -> e.getValue().signum() != 0)
                    .map(e -> new Line(e.getKey(), e.getValue()))
                    .toList();
            return lines.isEmpty() ? Optional.empty() : Optional.of(new JournalEntry(key, kind, epoch, lines));
        }
    }
}
