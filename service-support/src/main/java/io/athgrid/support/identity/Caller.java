package io.athgrid.support.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The verified identity of whoever made a request, as the gateway established it. Services get it
 * from the internal token and never from anything the client sent.
 *
 * @param id    enterprise id for {@link CallerKind#ENTERPRISE}, lower-case 0x address for
 *              {@link CallerKind#WALLET}
 * @param roles extra roles, e.g. {@link #OPERATOR}
 */
public record Caller(String id, CallerKind kind, Set<String> roles) {

    /** Platform operators administer the platform; they may act on any tenant's resources. */
    public static final String OPERATOR = "OPERATOR";

    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        roles = Set.copyOf(roles);
        if (kind == CallerKind.WALLET) {
            id = id.toLowerCase(Locale.ROOT);
        }
    }

    public static Caller enterprise(String enterpriseId) {
        return new Caller(enterpriseId, CallerKind.ENTERPRISE, Set.of());
    }

    public static Caller wallet(String address) {
        return new Caller(address, CallerKind.WALLET, Set.of());
    }

    public static Caller operator(String address) {
        return new Caller(address, CallerKind.WALLET, Set.of(OPERATOR));
    }

    public boolean isOperator() {
        return roles.contains(OPERATOR);
    }

    /** Whether this caller may act on a resource owned by {@code ownerId}. */
    public boolean mayActFor(String ownerId) {
        return isOperator() || id.equalsIgnoreCase(ownerId);
    }
}
