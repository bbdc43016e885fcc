package io.athgrid.registry.stake;

import java.time.YearMonth;

/** In-process notice that every live container's requirement for {@code month} is fixed (the month began). */
public record StakeRequirementsFixed(YearMonth month) {
}
