package io.athgrid.staking.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ClaimFingerprintTest {

    private static final BigInteger EIGHTY_VATH = new BigInteger("80000000000000000000");

    @Test
    void is_sha_256_in_hex_and_the_same_for_the_same_claim() {
        assertThat(ClaimFingerprint.of(EIGHTY_VATH, ClaimOption.QUICK_30_DAYS)).matches("[0-9a-f]{64}")
                .isEqualTo(ClaimFingerprint.of(new BigInteger(EIGHTY_VATH.toString()), ClaimOption.QUICK_30_DAYS));
    }

    @Test
    void an_amount_written_with_leading_zeros_is_the_same_claim() {
        assertThat(ClaimFingerprint.of(new BigInteger("00080000000000000000000"), ClaimOption.QUICK_30_DAYS))
                .isEqualTo(ClaimFingerprint.of(EIGHTY_VATH, ClaimOption.QUICK_30_DAYS));
    }

    @Test
    void another_amount_or_option_is_another_claim() {
        String claim = ClaimFingerprint.of(EIGHTY_VATH, ClaimOption.QUICK_30_DAYS);

        assertThat(ClaimFingerprint.of(EIGHTY_VATH.add(BigInteger.ONE), ClaimOption.QUICK_30_DAYS)).isNotEqualTo(claim);
        assertThat(ClaimFingerprint.of(EIGHTY_VATH, ClaimOption.VEST_180_DAYS)).isNotEqualTo(claim);
        assertThat(ClaimFingerprint.of(EIGHTY_VATH, null)).isNotEqualTo(claim);
    }
}
