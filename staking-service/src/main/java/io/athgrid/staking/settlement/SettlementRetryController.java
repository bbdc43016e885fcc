package io.athgrid.staking.settlement;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators put a FAILED epoch settlement back on its way. */
@RestController
class SettlementRetryController {

    private static final Logger log = LoggerFactory.getLogger(SettlementRetryController.class);

    private final SettlementRetries retries;

    SettlementRetryController(SettlementRetries retries) {
        this.retries = retries;
    }

    @PostMapping("/epochs/{epoch}/settlement/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Retried retry(@AuthenticationPrincipal Caller caller, @PathVariable long epoch) {
        if (!caller.isOperator()) {
            throw new AccessDeniedException("only operators retry settlements");
        }
        switch (retries.retry(epoch, caller.id())) {
            case NOT_FOUND -> throw new ResourceNotFoundException("epoch " + epoch + " is not settled yet");
            case NOT_FAILED -> throw new ErrorResponseException(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, "only a FAILED settlement is retried; epoch " + epoch + " is not FAILED"), null);
            default -> log.warn("settlement of epoch {} retried by operator {}", epoch, caller.id());
        }
        return new Retried(epoch, SettlementStatus.POSTING.name());
    }

    /** The epoch is POSTING again; the next worker run prepares its root. */
    record Retried(long epoch, String status) {
    }
}
