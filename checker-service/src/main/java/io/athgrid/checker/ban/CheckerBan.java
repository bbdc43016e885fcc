package io.athgrid.checker.ban;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Bans a license that reported incorrectly too often ({@code athgrid.checker.ban.*}): the
 * {@code maxIncorrect}-th incorrect result within a rolling {@code window} bans it for
 * {@code length} from that result. Results that come in while it is banned (verdicts on jobs it was
 * given before) do not extend the ban, and a ban starts a new count: what led to one ban never
 * counts towards the next. Computed from the whole history, so it gives the same answer however
 * often it is asked.
 *
 * @param maxIncorrect incorrect results in one window that ban (2)
 * @param window       the rolling window (7 days)
 * @param length       how long a ban lasts (30 days)
 */
public record CheckerBan(int maxIncorrect, Duration window, Duration length) {

    public CheckerBan {
        if (maxIncorrect < 1 || window.isNegative() || window.isZero() || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a ban needs a positive count, window and length");
        }
    }

    public static CheckerBan defaults() {
        return new CheckerBan(2, Duration.ofDays(7), Duration.ofDays(30));
    }

    /** Every ban the history of incorrect results leads to, in order. */
    public List<Ban> bans(Collection<Instant> incorrectAt) {
        List<Ban> bans = new ArrayList<>();
        List<Instant> counting = new ArrayList<>();
        for (Instant at : incorrectAt.stream().sorted().toList()) {
            Ban last = bans.isEmpty() ? null : bans.get(bans.size() - 1);
            if (last != null && at.isBefore(last.until())) {
                continue;
            }
            counting.removeIf(earlier -> !earlier.isAfter(countsAfter(at)));
            counting.add(at);
            if (counting.size() >= maxIncorrect) {
                bans.add(new Ban(at, at.plus(length)));
                counting.clear();
            }
        }
        return bans;
    }

    /**
     * Incorrect results reached after this instant (and up to {@code now}) weigh toward a ban at
     * {@code now}: the rolling window, its start excluded.
     */
    public Instant countsAfter(Instant now) {
        return now.minus(window);
    }

    /** The ban in force at {@code now}, if any. */
    public Optional<Ban> inForce(Collection<Instant> incorrectAt, Instant now) {
        return bans(incorrectAt).stream().filter(ban -> ban.inForceAt(now)).findFirst();
    }
}
