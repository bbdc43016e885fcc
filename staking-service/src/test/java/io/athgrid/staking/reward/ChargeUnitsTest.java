package io.athgrid.staking.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ChargeUnitsTest {

    private final UnitStore.ChargeUnits charge = new UnitStore.ChargeUnits(3, 3_600, 0, BigInteger.valueOf(1_000));

    @Test
    void a_full_refund_takes_back_every_unit_of_the_charge() {
        assertThat(charge.removedBy(BigInteger.valueOf(1_000))).isEqualTo(3_600);
    }

    @Test
    void a_partial_refund_takes_back_units_pro_rata_to_the_wei_refunded() {
        assertThat(charge.removedBy(BigInteger.valueOf(250))).isEqualTo(900);
    }

    @Test
    void refunds_never_take_back_more_than_is_left() {
        UnitStore.ChargeUnits mostlyRefunded = new UnitStore.ChargeUnits(3, 3_600, 3_000, BigInteger.valueOf(1_000));

        assertThat(mostlyRefunded.removedBy(BigInteger.valueOf(500))).isEqualTo(600);
    }
}
