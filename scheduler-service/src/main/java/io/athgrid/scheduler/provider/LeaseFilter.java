package io.athgrid.scheduler.provider;

import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a provider's leases to list: optionally one container's, only open ones when
 * {@code activeOnly}, at most {@code limit} (1 .. 200, 50 unless asked).
 */
record LeaseFilter(String containerId, boolean activeOnly, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    /** As long as the lease table's container ids. */
    static final int MAX_CONTAINER_ID = 64;

    /** The filter from the query parameters as given (null when absent); 400 naming every offending one. */
    static LeaseFilter parse(String containerId, String active, String limit) {
        List<FieldError> errors = new ArrayList<>();
        String container = containerId == null || containerId.isBlank() ? null : containerId;
        if (container != null && container.length() > MAX_CONTAINER_ID) {
            errors.add(new FieldError("containerId", "must be at most " + MAX_CONTAINER_ID + " characters"));
        }
        boolean activeOnly = false;
        if (active != null && !active.isBlank()) {
            if (active.equals("true") || active.equals("false")) {
                activeOnly = Boolean.parseBoolean(active);
            } else {
                errors.add(new FieldError("active", "must be true or false"));
            }
        }
        int max = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            max = parseLimit(limit);
            if (max < 1 || max > MAX_LIMIT) {
                errors.add(new FieldError("limit", "must be a whole number 1 .. " + MAX_LIMIT));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The lease filter is invalid", errors);
        }
        return new LeaseFilter(container, activeOnly, max);
    }

    private static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
