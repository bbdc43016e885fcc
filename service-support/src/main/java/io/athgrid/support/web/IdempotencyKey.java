package io.athgrid.support.web;

/**
 * The client's name for one request that creates something (an order, a claim), from the
 * {@code Idempotency-Key} header: 1 to 128 printable ASCII characters (a UUID, maas-service's replica
 * id). The service scopes it to the caller sending it (the enterprise, the wallet): a retry under the
 * same key answers what the first request created instead of creating it again.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 128;

    public IdempotencyKey {
        if (!wellFormed(value)) {
            throw new InvalidRequestException(HEADER, "must be 1 .. " + MAX_LENGTH + " printable ASCII characters");
        }
    }

    /** The key of a request, or null when it has no header; a malformed header is refused (400). */
    public static IdempotencyKey fromHeader(String header) {
        return header == null ? null : new IdempotencyKey(header);
    }

    private static boolean wellFormed(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
                && value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }
}
