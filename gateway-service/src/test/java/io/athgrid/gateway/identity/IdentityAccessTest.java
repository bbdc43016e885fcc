package io.athgrid.gateway.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.support.identity.Caller;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class IdentityAccessTest {

    private static final UUID ACME = UUID.randomUUID();
    private static final UUID GLOBEX = UUID.randomUUID();
    private final Caller operator = Caller.operator("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    private final Caller wallet = Caller.wallet("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private final Caller acme = Caller.enterprise(ACME.toString());

    @Test
    void an_operator_manages_every_enterprise() {
        assertThatCode(() -> IdentityAccess.requireOperator(operator)).doesNotThrowAnyException();
        assertThatCode(() -> IdentityAccess.requireMayManage(operator, GLOBEX)).doesNotThrowAnyException();
    }

    @Test
    void an_enterprise_manages_only_itself() {
        assertThatCode(() -> IdentityAccess.requireMayManage(acme, ACME)).doesNotThrowAnyException();
        assertThatThrownBy(() -> IdentityAccess.requireMayManage(acme, GLOBEX)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> IdentityAccess.requireOperator(acme)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_plain_wallet_manages_no_enterprise() {
        assertThatThrownBy(() -> IdentityAccess.requireMayManage(wallet, ACME)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> IdentityAccess.requireOperator(wallet)).isInstanceOf(AccessDeniedException.class);
    }
}
