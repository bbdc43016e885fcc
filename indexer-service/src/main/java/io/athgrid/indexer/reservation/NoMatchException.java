package io.athgrid.indexer.reservation;

import io.athgrid.indexer.matching.FilterCount;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered as 409 problem+json: no containers fit, with how many each filter removed. */
public class NoMatchException extends ErrorResponseException {

    public NoMatchException(int candidates, int nodes, List<FilterCount> reasons) {
        super(HttpStatus.CONFLICT, problem(candidates, nodes, reasons), null);
    }

    private static ProblemDetail problem(int candidates, int nodes, List<FilterCount> reasons) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "No " + nodes + " container(s) match the request; reasons lists what each filter removed");
        problem.setTitle("No match");
        problem.setProperty("candidates", candidates);
        problem.setProperty("reasons", reasons);
        return problem;
    }
}
