package io.athgrid.scheduler.provider;

import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** UTC days {@code from} to {@code to}, both included, at most 92 days apart (a quarter's dashboard). */
record DayRange(LocalDate from, LocalDate to) {

    static final long MAX_DAYS_APART = 92;

    /** The range from the query parameters as given (ISO dates, null when absent); 400 naming every offending one. */
    static DayRange parse(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = day("from", from, errors);
        LocalDate last = day("to", to, errors);
        if (first != null && last != null) {
            if (first.isAfter(last)) {
                errors.add(new FieldError("from", "must not be after to"));
            } else if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS_APART) {
                errors.add(new FieldError("to", "must be at most " + MAX_DAYS_APART + " days after from"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The days are invalid", errors);
        }
        return new DayRange(first, last);
    }

    private static LocalDate day(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required, a UTC day as yyyy-mm-dd"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a UTC day as yyyy-mm-dd"));
            return null;
        }
    }
}
