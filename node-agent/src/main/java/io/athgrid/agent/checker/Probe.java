package io.athgrid.agent.checker;

import io.athgrid.protocol.check.CheckResult;

/**
 * How a checker measures one assigned container. {@link NetworkProbe} probes the container over the
 * network; the SIMULATED probes in {@code io.athgrid.agent.simulation.checker} read the ground truth
 * of simulated hosts instead. Called from the client's probe threads, many at once.
 */
public interface Probe {

    /**
     * The result of the assignment's kind.
     *
     * @throws CannotCheckException when this probe cannot check it (the seat goes unanswered and
     *                              the platform gives the job to another checker)
     */
    CheckResult check(Assignment assignment) throws CannotCheckException;
}
