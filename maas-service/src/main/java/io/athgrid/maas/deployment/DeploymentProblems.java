package io.athgrid.maas.deployment;

import io.athgrid.support.web.InvalidRequestException.FieldError;
import io.athgrid.support.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Deployments' own problems; ahead of service-support's advice, which answers anything else. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeploymentProblems {

    @ExceptionHandler(InvalidDeploymentException.class)
    ProblemDetail invalid(InvalidDeploymentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("errors", e.problems().stream()
                .map(field -> new FieldError(field.field(), field.message())).toList());
        return ProblemResponses.withRequestId(problem);
    }

    @ExceptionHandler(DeploymentStoppedException.class)
    ProblemDetail stopped(DeploymentStoppedException e) {
        return ProblemResponses.withRequestId(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }
}
