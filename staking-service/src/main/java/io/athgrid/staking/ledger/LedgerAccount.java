package io.athgrid.staking.ledger;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One account of the vATH ledger: a wallet's bucket (per origin where the origin matters) or one
 * of the platform's accounts ({@code owner} empty).
 */
public record LedgerAccount(String owner, Bucket bucket, Origin origin) implements Comparable<LedgerAccount> {

    private static final Comparator<LedgerAccount> ORDER = Comparator.comparing(LedgerAccount::owner)
            .thenComparing(LedgerAccount::bucket)
            .thenComparing(account -> account.origin() == null ? "" : account.origin().name());

    public LedgerAccount {
        Objects.requireNonNull(bucket, "bucket");
        owner = owner == null ? "" : owner.toLowerCase(Locale.ROOT);
        if (bucket.wallet() == owner.isEmpty()) {
            throw new IllegalArgumentException(bucket + (bucket.wallet() ? " belongs to a wallet" : " is the platform's"));
        }
    }

    public static LedgerAccount source(Origin origin) {
        return new LedgerAccount("", Bucket.SOURCE, Objects.requireNonNull(origin));
    }

    public static LedgerAccount returned(Origin origin) {
        return new LedgerAccount("", Bucket.RETURNED, Objects.requireNonNull(origin));
    }

    public static LedgerAccount slashed(Origin origin) {
        return new LedgerAccount("", Bucket.SLASHED, Objects.requireNonNull(origin));
    }

    public static LedgerAccount vesting(String owner, Origin origin) {
        return new LedgerAccount(owner, Bucket.VESTING, Objects.requireNonNull(origin));
    }

    public static LedgerAccount available(String owner, Origin origin) {
        return new LedgerAccount(owner, Bucket.AVAILABLE, Objects.requireNonNull(origin));
    }

    public static LedgerAccount claiming(String owner) {
        return new LedgerAccount(owner, Bucket.CLAIMING, null);
    }

    public static LedgerAccount payout(String owner) {
        return new LedgerAccount(owner, Bucket.PAYOUT, null);
    }

    public static LedgerAccount claimable(String owner) {
        return new LedgerAccount(owner, Bucket.CLAIMABLE, null);
    }

    public static LedgerAccount claimed(String owner) {
        return new LedgerAccount(owner, Bucket.CLAIMED, null);
    }

    @Override
    public int compareTo(LedgerAccount other) {
        return ORDER.compare(this, other);
    }
}
