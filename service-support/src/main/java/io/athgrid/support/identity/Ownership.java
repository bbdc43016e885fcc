package io.athgrid.support.identity;

import org.springframework.security.access.AccessDeniedException;

/** The rule that a caller reaches only its own resources, unless it operates the platform. */
public final class Ownership {

    private Ownership() {
    }

    /** Throws (answered as 403) unless the caller owns the resource or is an operator. */
    public static void requireMayActFor(Caller caller, String ownerId) {
        if (!caller.mayActFor(ownerId)) {
            throw new AccessDeniedException("This resource belongs to another account");
        }
    }
}
