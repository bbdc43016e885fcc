package io.athgrid.checker.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.assignment.License;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredLicenseTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:00.400Z");
    private static final String OWNER = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private static final String BURNER = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";

    @Test
    void the_delegate_signs_up_to_and_including_its_expiry_second_as_on_chain() {
        StoredLicense expiresThisSecond = license(BURNER, Instant.parse("2026-03-02T10:15:00Z"), null);
        StoredLicense expired = license(BURNER, Instant.parse("2026-03-02T10:14:59Z"), null);

        assertThat(expiresThisSecond.signer(NOW)).isEqualTo(BURNER);
        assertThat(expired.validUser(NOW)).isNull();
        assertThat(expired.signer(NOW)).isEqualTo(OWNER);
    }

    @Test
    void without_a_delegate_the_owner_signs() {
        assertThat(license(null, null, null).signer(NOW)).isEqualTo(OWNER);
    }

    @Test
    void a_license_is_online_while_its_client_polled_within_the_window() {
        StoredLicense polled = license(null, null, NOW.minusSeconds(179));
        StoredLicense quiet = license(null, null, NOW.minusSeconds(180));

        assertThat(polled.online(NOW, Duration.ofMinutes(3))).isTrue();
        assertThat(quiet.online(NOW, Duration.ofMinutes(3))).isFalse();
        assertThat(license(null, null, null).online(NOW, Duration.ofMinutes(3))).isFalse();
    }

    @Test
    void assignment_sees_the_valid_delegate_and_the_default_region_of_a_client_that_named_none() {
        License domain = license(BURNER, NOW.plusSeconds(60), NOW.minusSeconds(5)).toDomain(NOW, Duration.ofMinutes(3),
                "unknown");

        assertThat(domain.user()).isEqualTo(BURNER);
        assertThat(domain.region()).isEqualTo("unknown");
        assertThat(domain.online()).isTrue();
        assertThat(domain.assignableAt(NOW)).isTrue();
    }

    private static StoredLicense license(String user, Instant userExpires, Instant lastPolledAt) {
        return new StoredLicense(7, OWNER, user, userExpires, true, null, lastPolledAt, null, NOW.minusSeconds(3600));
    }
}
