package io.athgrid.checker.job;

import java.util.List;

/**
 * What a checker client gets from {@code GET /assignments}: the licenses it may sign for (decimal
 * token ids) and their open seats.
 */
public record AssignmentsView(List<String> licenses, List<OpenAssignment> assignments) {
}
