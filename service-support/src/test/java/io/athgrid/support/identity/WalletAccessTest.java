package io.athgrid.support.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.support.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class WalletAccessTest {

    private static final String WALLET = "0x" + "ab".repeat(20);
    private static final String OTHER = "0x" + "cd".repeat(20);
    private static final Caller PROVIDER = Caller.wallet(WALLET);
    private static final Caller OPERATOR = Caller.operator("0x" + "ef".repeat(20));

    @Test
    void a_wallet_reads_its_own_data_named_or_not_in_any_case() {
        assertThat(WalletAccess.accountFor(PROVIDER, null, "owner")).isEqualTo(WALLET);
        assertThat(WalletAccess.accountFor(PROVIDER, "", "owner")).isEqualTo(WALLET);
        assertThat(WalletAccess.accountFor(PROVIDER, WALLET.toUpperCase().replace("0X", "0x"), "owner"))
                .isEqualTo(WALLET);
        assertThat(WalletAccess.ownWallet(PROVIDER)).isEqualTo(WALLET);
    }

    @Test
    void a_wallet_naming_another_account_is_refused() {
        assertThatThrownBy(() -> WalletAccess.accountFor(PROVIDER, OTHER, "owner"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_operator_names_any_account_and_without_one_reads_its_own() {
        assertThat(WalletAccess.accountFor(OPERATOR, OTHER, "account")).isEqualTo(OTHER);
        assertThat(WalletAccess.accountFor(OPERATOR, null, "account")).isEqualTo(OPERATOR.id());
    }

    @Test
    void enterprises_are_not_wallets() {
        assertThatThrownBy(() -> WalletAccess.accountFor(Caller.enterprise("ent-1"), null, "owner"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> WalletAccess.accountFor(Caller.enterprise("ent-1"), WALLET, "owner"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> WalletAccess.ownWallet(Caller.enterprise("ent-1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_account_that_is_not_an_address_is_a_bad_request_naming_the_parameter() {
        assertThatThrownBy(() -> WalletAccess.accountFor(OPERATOR, "0x1234", "owner"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                                .containsExactly("owner"));
    }
}
