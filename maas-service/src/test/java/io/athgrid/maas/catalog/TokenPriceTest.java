package io.athgrid.maas.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TokenPriceTest {

    @Test
    void one_amount_has_one_form_however_it_was_written_or_stored() {
        TokenPrice price = new TokenPrice(new BigDecimal("0.100000"), new BigDecimal("100.000000"));

        assertThat(price.usdPerMillionInput()).isEqualTo(new BigDecimal("0.1"));
        assertThat(price.usdPerMillionOutput()).isEqualTo(new BigDecimal("100"));
        assertThat(price.usdPerMillionOutput().toString()).isEqualTo("100");
        assertThat(price).isEqualTo(new TokenPrice(new BigDecimal("0.1"), new BigDecimal("1E+2")));
    }

    @Test
    void prices_are_above_zero_at_most_1000_with_at_most_six_decimals() {
        assertThat(TokenPrice.problem(new BigDecimal("0.000001"))).isEmpty();
        assertThat(TokenPrice.problem(new BigDecimal("1000"))).isEmpty();
        assertThat(TokenPrice.problem(new BigDecimal("0.12345600"))).as("trailing zeros are no decimals").isEmpty();
        assertThat(TokenPrice.problem(new BigDecimal("0.0000001"))).isPresent();
        assertThat(TokenPrice.problem(BigDecimal.ZERO)).isPresent();
        assertThat(TokenPrice.problem(new BigDecimal("-0.5"))).isPresent();
        assertThat(TokenPrice.problem(new BigDecimal("1000.000001"))).isPresent();
        assertThat(TokenPrice.problem(null)).hasValue("is required");
    }

    @Test
    void an_invalid_price_cannot_be_built() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TokenPrice(BigDecimal.ZERO, BigDecimal.ONE));
        assertThatNullPointerException().isThrownBy(() -> new TokenPrice(BigDecimal.ONE, null));
    }
}
