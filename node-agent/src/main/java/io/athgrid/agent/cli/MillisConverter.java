package io.athgrid.agent.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Milliseconds with decimals ({@code 12}, {@code 0.05}), zero or more, to the nanosecond. */
final class MillisConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        BigDecimal millis;
        try {
            millis = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number of milliseconds (e.g. 12 or 0.05)");
        }
        if (millis.signum() < 0 || millis.compareTo(BigDecimal.valueOf(86_400_000)) > 0) {
            throw new TypeConversionException("'" + value + "' must be 0 to 86400000 milliseconds");
        }
        return Duration.ofNanos(millis.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
