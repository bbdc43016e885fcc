package io.athgrid.maas.deployment;

import java.util.List;

/** A deployment request that breaks the rules, with every broken rule; thrown before anything is written. */
public class InvalidDeploymentException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidDeploymentException(List<FieldProblem> problems) {
        super("The deployment is not valid");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
