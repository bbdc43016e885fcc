package io.athgrid.scheduler.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.athgrid.scheduler.billing.DailyProviderFees.DayFees;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderFeesTest {

    private static final String OWNER = "0x" + "ab".repeat(20);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private static BigInteger wei(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void newest_day_first_each_with_its_net_and_the_total() {
        ProviderFees fees = ProviderFees.of(OWNER, List.of(
                new DayFees(MONDAY, "c-b", OWNER, wei(500), wei(0)),
                new DayFees(TUESDAY, "c-b", OWNER, wei(700), wei(100)),
                new DayFees(MONDAY, "c-a", OWNER, wei(300), wei(50))), List.of());

        assertThat(fees.days()).extracting(ProviderFees.Day::day, ProviderFees.Day::containerId, ProviderFees.Day::netWei)
                .containsExactly(
                        tuple(TUESDAY, "c-b", wei(600)),
                        tuple(MONDAY, "c-a", wei(250)),
                        tuple(MONDAY, "c-b", wei(500)));
        assertThat(fees.totalNetWei()).isEqualTo(wei(1_350));
        assertThat(fees.days()).allSatisfy(day -> {
            assertThat(day.accrued()).isFalse();
            assertThat(day.accruedWei()).isNull();
            assertThat(day.vestsAt()).isNull();
        });
    }

    @Test
    void an_accrued_day_shows_what_accrued_which_a_carried_deficit_lowers() {
        Instant vests = Instant.parse("2027-01-08T00:00:00Z");
        ProviderFees fees = ProviderFees.of(OWNER, List.of(
                new DayFees(MONDAY, "c-a", OWNER, wei(100), wei(400)),
                new DayFees(TUESDAY, "c-a", OWNER, wei(1_000), wei(0))),
                List.of(new ProviderFees.Accrual(MONDAY, "c-a", wei(0), vests.minusSeconds(86_400)),
                        new ProviderFees.Accrual(TUESDAY, "c-a", wei(700), vests)));

        ProviderFees.Day tuesday = fees.days().get(0);
        assertThat(tuesday.netWei()).isEqualTo(wei(1_000));
        assertThat(tuesday.accrued()).isTrue();
        assertThat(tuesday.accruedWei()).isEqualTo(wei(700));
        assertThat(tuesday.vestsAt()).isEqualTo(vests);
        assertThat(fees.days().get(1).netWei()).isEqualTo(wei(-300));
        assertThat(fees.days().get(1).accruedWei()).isEqualTo(wei(0));
        assertThat(fees.totalNetWei()).isEqualTo(wei(700));
    }

    @Test
    void an_accrual_of_another_container_or_day_is_not_this_rows() {
        ProviderFees fees = ProviderFees.of(OWNER, List.of(new DayFees(TUESDAY, "c-a", OWNER, wei(10), wei(0))),
                List.of(new ProviderFees.Accrual(MONDAY, "c-a", wei(5), Instant.EPOCH),
                        new ProviderFees.Accrual(TUESDAY, "c-b", wei(5), Instant.EPOCH)));

        assertThat(fees.days().get(0).accrued()).isFalse();
    }
}
