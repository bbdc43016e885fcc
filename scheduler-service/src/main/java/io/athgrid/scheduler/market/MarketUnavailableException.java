package io.athgrid.scheduler.market;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered as 503 problem+json: orders cannot be judged before the market has been read once. */
public class MarketUnavailableException extends ErrorResponseException {

    public MarketUnavailableException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The market (the Indexer's view of available containers) cannot be read yet; try again shortly");
        problem.setTitle("Market unavailable");
        return problem;
    }
}
