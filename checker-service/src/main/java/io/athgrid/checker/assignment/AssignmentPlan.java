package io.athgrid.checker.assignment;

import java.util.List;

/**
 * The licenses chosen for a job. It is short ({@link #complete()} false) when fewer than the wanted
 * licenses may take it; the job still needs a majority of the wanted number to reach a verdict.
 *
 * @param eligible how many licenses could have been chosen
 */
public record AssignmentPlan(List<License> chosen, int wanted, int eligible) {

    public AssignmentPlan {
        chosen = List.copyOf(chosen);
    }

    public boolean complete() {
        return chosen.size() == wanted;
    }
}
