package io.athgrid.scheduler.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.InvalidRequestException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ProviderScopeTest {

    private static final String WALLET = "0x" + "ab".repeat(20);
    private static final String OTHER = "0x" + "cd".repeat(20);
    private static final Caller PROVIDER = Caller.wallet(WALLET);
    private static final Caller OPERATOR = Caller.operator("0x" + "ef".repeat(20));

    @Test
    void a_wallet_reads_its_own_data_named_or_not_in_any_case() {
        assertThat(ProviderScope.owner(PROVIDER, null)).isEqualTo(WALLET);
        assertThat(ProviderScope.owner(PROVIDER, WALLET.toUpperCase().replace("0X", "0x"))).isEqualTo(WALLET);
        assertThat(ProviderScope.ownerOrEveryone(PROVIDER, "")).contains(WALLET);
    }

    @Test
    void a_wallet_naming_another_owner_is_refused() {
        assertThatThrownBy(() -> ProviderScope.owner(PROVIDER, OTHER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ProviderScope.ownerOrEveryone(PROVIDER, OTHER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_operator_names_any_owner_and_without_one_lists_every_owners_leases() {
        assertThat(ProviderScope.owner(OPERATOR, OTHER)).isEqualTo(OTHER);
        assertThat(ProviderScope.ownerOrEveryone(OPERATOR, OTHER)).contains(OTHER);
        assertThat(ProviderScope.ownerOrEveryone(OPERATOR, null)).isEqualTo(Optional.empty());
        assertThat(ProviderScope.owner(OPERATOR, null)).as("fees are one owner's: the operator's own")
                .isEqualTo(OPERATOR.id());
    }

    @Test
    void enterprises_are_not_providers() {
        assertThatThrownBy(() -> ProviderScope.owner(Caller.enterprise("ent-1"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ProviderScope.ownerOrEveryone(Caller.enterprise("ent-1"), WALLET))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_owner_that_is_not_an_address_is_a_bad_request() {
        assertThatThrownBy(() -> ProviderScope.owner(OPERATOR, "0x1234"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                                .containsExactly("owner"));
    }
}
