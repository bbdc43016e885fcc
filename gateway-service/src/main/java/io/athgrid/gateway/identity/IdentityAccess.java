package io.athgrid.gateway.identity;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.identity.Ownership;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/** Who may manage identities: operators everything, an enterprise its own keys, wallets nothing here. */
public final class IdentityAccess {

    private IdentityAccess() {
    }

    public static void requireOperator(Caller caller) {
        if (!caller.isOperator()) {
            throw new AccessDeniedException("Only platform operators may do this");
        }
    }

    public static void requireMayManage(Caller caller, UUID enterpriseId) {
        if (!caller.isOperator() && caller.kind() != CallerKind.ENTERPRISE) {
            throw new AccessDeniedException("Only the enterprise itself or an operator may do this");
        }
        Ownership.requireMayActFor(caller, enterpriseId.toString());
    }
}
