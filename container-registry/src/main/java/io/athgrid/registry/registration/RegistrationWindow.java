package io.athgrid.registry.registration;

import io.athgrid.protocol.container.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a signed registration stays acceptable: its {@code issuedAt} may be at most
 * {@code maxAge} old and at most {@code maxAhead} in the future (clock skew), so a leaked
 * signed registration cannot be replayed much later.
 */
public record RegistrationWindow(Duration maxAge, Duration maxAhead) {

    static final String FIELD = "registration.issuedAt";

    public Optional<Violation> check(long issuedAtEpochSecond, Instant now) {
        Instant issuedAt = Instant.ofEpochSecond(issuedAtEpochSecond);
        if (issuedAt.isBefore(now.minus(maxAge)) || issuedAt.isAfter(now.plus(maxAhead))) {
            return Optional.of(new Violation(FIELD, "must be within " + maxAge + " before and " + maxAhead + " after now"));
        }
        return Optional.empty();
    }
}
