package io.athgrid.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"3f2b8c1e-6d4a-4f0e-9a57-0c2d1e8b7a61", "dep-4711-r3", "k", "a b", "~!@#$%^&*()_+{}|:\"<>?"})
    void uuids_replica_ids_and_any_printable_ascii_are_keys(String value) {
        assertThat(IdempotencyKey.fromHeader(value).value()).isEqualTo(value);
    }

    @Test
    void a_key_may_be_128_characters_long() {
        assertThat(IdempotencyKey.fromHeader("k".repeat(128)).value()).hasSize(128);
    }

    @Test
    void no_header_means_no_key() {
        assertThat(IdempotencyKey.fromHeader(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tab\there", "line\nbreak", "del\u007f", "schl\u00fcssel", "\u30ad\u30fc"})
    void empty_control_and_non_ascii_keys_are_refused(String value) {
        assertRefused(value);
    }

    @Test
    void a_key_longer_than_128_characters_is_refused() {
        assertRefused("k".repeat(129));
    }

    private static void assertRefused(String value) {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> IdempotencyKey.fromHeader(value));
        assertThat(refused).as(value).isNotNull();
        assertThat(refused.errors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("Idempotency-Key"));
    }
}
