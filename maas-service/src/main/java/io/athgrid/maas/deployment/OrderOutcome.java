package io.athgrid.maas.deployment;

import java.util.List;
import java.util.UUID;

/**
 * What became of a replica's order at the scheduler: placed (with its id), refused as asked (the
 * replica fails, with the scheduler's reason), or not answered (tried again in the next round).
 */
public sealed interface OrderOutcome {

    record Placed(UUID orderId) implements OrderOutcome {
    }

    record Refused(int status, String reason) implements OrderOutcome {
    }

    record Unanswered(String reason) implements OrderOutcome {
    }

    /**
     * Whether a status means the order as asked cannot be placed (400, 409, 422 ...). Not 401 or 403
     * (our token), 404 or 405 (a scheduler URL that is not the scheduler's), which a fix of configuration
     * cures, nor 408 or 429 (the scheduler's load): the enterprise's replicas must not fail for those.
     */
    static boolean refuses(int status) {
        return status >= 400 && status < 500 && !List.of(401, 403, 404, 405, 408, 429).contains(status);
    }
}
