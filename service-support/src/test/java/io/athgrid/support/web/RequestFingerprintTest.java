package io.athgrid.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    @Test
    void the_canonical_form_stays_what_stored_keys_were_hashed_with() {
        // sha256("amountWei=2:80;option=-;"): keys remembered before an upgrade must still match after it.
        assertThat(new RequestFingerprint().field("amountWei", 80).field("option", null).sha256Hex())
                .isEqualTo("73157f158b8bc8429298a3bc2d5e5cbd1c8755e884447572051d7f28a6777b85");
    }

    @Test
    void null_a_dash_and_field_boundaries_are_told_apart() {
        assertThat(new RequestFingerprint().field("a", null).sha256Hex())
                .isNotEqualTo(new RequestFingerprint().field("a", "-").sha256Hex());
        assertThat(new RequestFingerprint().field("a", "1;b=1:2").sha256Hex())
                .isNotEqualTo(new RequestFingerprint().field("a", "1").field("b", "2").sha256Hex());
        assertThat(new RequestFingerprint().field("a", "x").sha256Hex()).hasSize(64).matches("[0-9a-f]{64}");
    }
}
