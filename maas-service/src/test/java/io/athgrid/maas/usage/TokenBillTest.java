package io.athgrid.maas.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.maas.usage.TokenBill.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBillTest {

    private static final UsagePeriod NOVEMBER = new UsagePeriod(LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-30"));

    @Test
    void the_totals_are_the_exact_sums_of_the_lines() {
        Line first = new Line(LocalDate.parse("2026-11-02"), "dep-a", "m", 2, 30, 7, new BigDecimal("0.000004050000"));
        Line second = new Line(LocalDate.parse("2026-11-03"), "dep-a", "m", 1, 1, 1, new BigDecimal("0.000000250000"));

        TokenBill bill = TokenBill.of("acme", NOVEMBER, List.of(first, second));

        assertThat(bill.totals()).isEqualTo(new TokenBill.Totals(3, 31, 8, new BigDecimal("0.0000043")));
        assertThat(bill.from()).isEqualTo(NOVEMBER.from());
        assertThat(bill.to()).isEqualTo(NOVEMBER.to());
        assertThat(bill.lines()).containsExactly(first, second);
    }

    @Test
    void amounts_keep_every_decimal_and_lose_the_padding() {
        assertThat(new Line(LocalDate.parse("2026-11-02"), "d", "m", 1, 1, 0, new BigDecimal("0.000000100000"))
                .amountUsd().toPlainString()).isEqualTo("0.0000001");
        assertThat(new TokenBill.Totals(0, 0, 0, new BigDecimal("0E-12")).amountUsd()).isEqualTo(BigDecimal.ZERO);
        assertThat(new TokenBill.Totals(1, 0, 0, new BigDecimal("1000.000000000000")).amountUsd().toPlainString())
                .isEqualTo("1000");
    }

    @Test
    void a_period_without_calls_is_an_empty_bill() {
        TokenBill bill = TokenBill.of("acme", NOVEMBER, List.of());

        assertThat(bill.lines()).isEmpty();
        assertThat(bill.totals()).isEqualTo(new TokenBill.Totals(0, 0, 0, BigDecimal.ZERO));
    }
}
