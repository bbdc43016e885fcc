package io.athgrid.registry.web;

import io.athgrid.registry.lifecycle.IllegalTransitionException;
import io.athgrid.support.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The registry's own problems; ahead of service-support's advice, which answers anything else. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryProblems {

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("containerStatus", e.status().name());
        problem.setProperty("trigger", e.trigger().name());
        return ProblemResponses.withRequestId(problem);
    }
}
