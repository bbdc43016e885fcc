package io.athgrid.scheduler.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.support.web.InvalidRequestException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class LeaseFilterTest {

    @Test
    void without_parameters_every_lease_up_to_50() {
        assertThat(LeaseFilter.parse(null, null, null)).isEqualTo(new LeaseFilter(null, false, 50));
        assertThat(LeaseFilter.parse("", "", "")).isEqualTo(new LeaseFilter(null, false, 50));
    }

    @Test
    void one_containers_open_leases_up_to_a_limit() {
        assertThat(LeaseFilter.parse("c-1", "true", "200")).isEqualTo(new LeaseFilter("c-1", true, 200));
        assertThat(LeaseFilter.parse("c-1", "false", "1")).isEqualTo(new LeaseFilter("c-1", false, 1));
    }

    @Test
    void every_bad_parameter_is_named() {
        assertRefused(() -> LeaseFilter.parse(null, null, "0"), "limit");
        assertRefused(() -> LeaseFilter.parse(null, null, "201"), "limit");
        assertRefused(() -> LeaseFilter.parse(null, null, "ten"), "limit");
        assertRefused(() -> LeaseFilter.parse(null, "yes", null), "active");
        assertRefused(() -> LeaseFilter.parse("c".repeat(65), "maybe", "-1"), "containerId", "active", "limit");
    }

    private static void assertRefused(ThrowingCallable parse, String... fields) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                        .containsExactly(fields));
    }
}
