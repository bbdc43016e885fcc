package io.athgrid.staking.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.support.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ProofInputTest {

    @Test
    void an_epoch_is_a_whole_number_from_zero() {
        assertThat(ProofInput.epoch("0")).isZero();
        assertThat(ProofInput.epoch("52")).isEqualTo(52);
        for (String bad : new String[] {"-1", "one", "1.5", "", "99999999999999999999"}) {
            assertThatThrownBy(() -> ProofInput.epoch(bad)).as(bad).isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).errors().get(0).field()).isEqualTo("epoch"));
        }
    }

    @Test
    void an_account_is_a_20_byte_address_in_any_case_and_comes_out_lower_case() {
        assertThat(ProofInput.account("account", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"))
                .isEqualTo("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        for (String bad : new String[] {"70997970c51812dc3a010c7d01b50e0d17dc79c8", "0x1234", "0x" + "g".repeat(40)}) {
            assertThatThrownBy(() -> ProofInput.account("after", bad)).as(bad).isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).errors().get(0).field()).isEqualTo("after"));
        }
    }

    @Test
    void a_page_limit_defaults_and_is_bounded() {
        assertThat(ProofInput.limit(null, 1_000, 10_000)).isEqualTo(1_000);
        assertThat(ProofInput.limit("10000", 1_000, 10_000)).isEqualTo(10_000);
        assertThatThrownBy(() -> ProofInput.limit("10001", 1_000, 10_000)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ProofInput.limit("0", 1_000, 10_000)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ProofInput.limit("many", 1_000, 10_000)).isInstanceOf(InvalidRequestException.class);
    }
}
