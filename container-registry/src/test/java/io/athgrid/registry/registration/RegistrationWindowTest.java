package io.athgrid.registry.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.container.Violation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final RegistrationWindow window = new RegistrationWindow(Duration.ofHours(1), Duration.ofMinutes(5));

    @Test
    void issued_at_must_be_recent_and_not_far_ahead() {
        assertThat(window.check(issuedAt(NOW.minus(Duration.ofMinutes(59))), NOW)).isEmpty();
        assertThat(window.check(issuedAt(NOW.minus(Duration.ofHours(1))), NOW)).isEmpty();
        assertThat(window.check(issuedAt(NOW.minus(Duration.ofMinutes(61))), NOW)).contains(
                new Violation("registration.issuedAt", "must be within PT1H before and PT5M after now"));
        assertThat(window.check(issuedAt(NOW.plus(Duration.ofMinutes(4))), NOW)).isEmpty();
        assertThat(window.check(issuedAt(NOW.plus(Duration.ofMinutes(5))), NOW)).isEmpty();
        assertThat(window.check(issuedAt(NOW.plus(Duration.ofMinutes(6))), NOW)).map(Violation::field)
                .contains("registration.issuedAt");
    }

    private static long issuedAt(Instant instant) {
        return instant.getEpochSecond();
    }
}
