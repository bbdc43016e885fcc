package io.athgrid.registry.web;

import io.athgrid.support.web.InvalidRequestException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Reads months written as {@code YYYY-MM} from requests. */
public final class Months {

    private Months() {
    }

    public static YearMonth parse(String field, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "must be a month written as YYYY-MM");
        }
    }
}
