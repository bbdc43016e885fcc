package io.athgrid.gateway.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.support.identity.Caller;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorPropertiesTest {

    private final OperatorProperties operators =
            new OperatorProperties(List.of(" 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 "));

    @Test
    void a_listed_wallet_signs_in_as_operator_whatever_the_letter_case() {
        Caller caller = operators.callerFor("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

        assertThat(caller.isOperator()).isTrue();
        assertThat(caller.id()).isEqualTo("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    }

    @Test
    void any_other_wallet_signs_in_as_itself() {
        Caller caller = operators.callerFor("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

        assertThat(caller.isOperator()).isFalse();
        assertThat(caller.roles()).isEmpty();
    }

    @Test
    void no_operators_when_none_are_configured() {
        assertThat(new OperatorProperties(null).callerFor("0x70997970C51812dc3A010C7d01b50e0d17dc79C8").isOperator())
                .isFalse();
    }
}
