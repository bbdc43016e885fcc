package io.athgrid.maas.catalog;

import io.athgrid.support.web.InvalidRequestException.FieldError;
import io.athgrid.support.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The catalog's own problems; ahead of service-support's advice, which answers anything else. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblems {

    @ExceptionHandler(InvalidModelException.class)
    ProblemDetail invalidModel(InvalidModelException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("errors", e.violations().stream()
                .map(violation -> new FieldError(violation.field(), violation.message())).toList());
        return ProblemResponses.withRequestId(problem);
    }

    @ExceptionHandler({DuplicateModelException.class, AlreadyRetiredException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemResponses.withRequestId(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }
}
