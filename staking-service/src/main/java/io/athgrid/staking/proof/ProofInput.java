package io.athgrid.staking.proof;

import io.athgrid.support.web.InvalidRequestException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses the proof API's path and query values; anything malformed is a 400 naming the field. */
final class ProofInput {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private ProofInput() {
    }

    static long epoch(String value) {
        try {
            long epoch = Long.parseLong(value);
            if (epoch >= 0) {
                return epoch;
            }
        } catch (NumberFormatException e) {
            // Answered below like any other bad epoch.
        }
        throw new InvalidRequestException("epoch", "epoch must be a whole number from 0: " + value);
    }

    /** A wallet address, lower-cased as the platform stores them. */
    static String account(String field, String value) {
        if (value == null || !ADDRESS.matcher(value).matches()) {
            throw new InvalidRequestException(field, field + " must be a 0x-prefixed 20-byte address: " + value);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    static int limit(String value, int defaultLimit, int maxLimit) {
        if (value == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Answered below like any other bad limit.
        }
        throw new InvalidRequestException("limit", "limit must be from 1 to " + maxLimit + ": " + value);
    }
}
