package io.athgrid.scheduler.provider;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.identity.Ownership;
import io.athgrid.support.web.InvalidRequestException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whose provider data a caller reads: a wallet its own containers' (the {@code owner} of leases and
 * ledger rows), an operator any wallet's, named with {@code owner=}. Enterprises are customers, not
 * providers: 403.
 */
final class ProviderScope {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private ProviderScope() {
    }

    /** The one owner to read, lower-case: {@code requested} (400 if not an address, 403 if not the caller's), else the caller. */
    static String owner(Caller caller, String requested) {
        return named(caller, requested).orElseGet(caller::id);
    }

    /** As {@link #owner}, but an operator naming no owner reads every owner's (empty). */
    static Optional<String> ownerOrEveryone(Caller caller, String requested) {
        Optional<String> named = named(caller, requested);
        return named.isPresent() || caller.isOperator() ? named : Optional.of(caller.id());
    }

    private static Optional<String> named(Caller caller, String requested) {
        if (caller.kind() != CallerKind.WALLET && !caller.isOperator()) {
            throw new AccessDeniedException("Provider data belongs to wallets: sign in with the provider's wallet");
        }
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        if (!ADDRESS.matcher(requested).matches()) {
            throw new InvalidRequestException("owner", "must be a 0x address of 40 hex digits");
        }
        String owner = requested.toLowerCase(Locale.ROOT);
        Ownership.requireMayActFor(caller, owner);
        return Optional.of(owner);
    }
}
