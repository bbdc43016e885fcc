package io.athgrid.checker;

import io.athgrid.checker.report.ReportRejectedException;
import io.athgrid.checker.slashing.SlashRefusedException;
import io.athgrid.support.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The checker's own problems, ahead of service-support's advice, which answers anything else. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CheckerProblems {

    /** A rejected report: the reason's status, and the reason itself for the client to log and act on. */
    @ExceptionHandler(ReportRejectedException.class)
    ProblemDetail reportRejected(ReportRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.reason().httpStatus()),
                e.reason().detail());
        problem.setProperty("reason", e.reason().name());
        return ProblemResponses.withRequestId(problem);
    }

    @ExceptionHandler(SlashRefusedException.class)
    ProblemDetail slashRefused(SlashRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.refusal().httpStatus()),
                e.refusal().detail());
        problem.setProperty("refusal", e.refusal().name());
        return ProblemResponses.withRequestId(problem);
    }
}
