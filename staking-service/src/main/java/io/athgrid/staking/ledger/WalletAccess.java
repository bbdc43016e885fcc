package io.athgrid.staking.ledger;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.identity.Ownership;
import io.athgrid.support.web.InvalidRequestException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;

/** vATH belongs to wallets: a wallet reaches only its own; operators may name any account. */
public final class WalletAccess {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private WalletAccess() {
    }

    /** The caller's own wallet; 403 for callers that are not wallets (enterprises). */
    public static String ownWallet(Caller caller) {
        if (caller.kind() != CallerKind.WALLET) {
            throw new AccessDeniedException("vATH belongs to wallets: sign in with a wallet");
        }
        return caller.id();
    }

    /** The account to read: the caller's wallet, or {@code requested} (400 if not an address, 403 if not the caller's). */
    public static String accountFor(Caller caller, String requested) {
        if (requested == null || requested.isBlank()) {
            return ownWallet(caller);
        }
        if (!ADDRESS.matcher(requested).matches()) {
            throw new InvalidRequestException("account", "must be a 0x address of 40 hex digits");
        }
        String account = requested.toLowerCase(Locale.ROOT);
        Ownership.requireMayActFor(caller, account);
        return account;
    }
}
