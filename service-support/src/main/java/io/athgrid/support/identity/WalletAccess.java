package io.athgrid.support.identity;

import io.athgrid.support.web.InvalidRequestException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;

/**
 * Data that belongs to wallets (vATH, a provider's leases and fees): a wallet reaches only its own;
 * operators, who are wallets too, may name any account. Enterprises are customers: 403.
 */
public final class WalletAccess {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private WalletAccess() {
    }

    /** The caller's own wallet; 403 for callers that are not wallets (enterprises). */
    public static String ownWallet(Caller caller) {
        if (caller.kind() != CallerKind.WALLET) {
            throw new AccessDeniedException("This belongs to wallets: sign in with a wallet");
        }
        return caller.id();
    }

    /**
     * The account to read, lower-case: the caller's wallet, or {@code requested}, the query parameter
     * {@code parameter} (400 naming it if not an address, 403 if not the caller's).
     */
    public static String accountFor(Caller caller, String requested, String parameter) {
        String own = ownWallet(caller);
        if (requested == null || requested.isBlank()) {
            return own;
        }
        if (!ADDRESS.matcher(requested).matches()) {
            throw new InvalidRequestException(parameter, "must be a 0x address of 40 hex digits");
        }
        String account = requested.toLowerCase(Locale.ROOT);
        Ownership.requireMayActFor(caller, account);
        return account;
    }
}
