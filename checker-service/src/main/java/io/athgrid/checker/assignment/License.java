package io.athgrid.checker.assignment;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A checker license as assignment and admission see it.
 *
 * @param owner       the NFT's owner, paid for its work
 * @param user        the ERC-4907 delegate that runs the checker client, or null when the owner runs it
 * @param region      where its checker client runs (a {@code Region} code)
 * @param active      someone runs a checker client for it (it signed in and polls for jobs)
 * @param online      its client was heard from recently
 * @param bannedUntil end of its current ban, or null
 */
public record License(long licenseId, String owner, String user, String region, boolean active, boolean online,
        Instant bannedUntil) {

    public License {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(region, "region");
        owner = owner.toLowerCase(Locale.ROOT);
        user = user == null ? null : user.toLowerCase(Locale.ROOT);
    }

    /** The wallet whose signature counts for this license: its delegate, else its owner. */
    public String signer() {
        return user != null ? user : owner;
    }

    /** Whether {@code wallet} owns this license or runs it, so it must not check {@code wallet}'s containers. */
    public boolean controlledBy(String wallet) {
        return owner.equalsIgnoreCase(wallet) || (user != null && user.equalsIgnoreCase(wallet));
    }

    public boolean bannedAt(Instant now) {
        return bannedUntil != null && now.isBefore(bannedUntil);
    }

    /** Whether it may be given a job now. */
    public boolean assignableAt(Instant now) {
        return active && online && !bannedAt(now);
    }
}
