package io.athgrid.maas.usage;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An enterprise's token bill for a period. Enterprises read their own (naming another enterprise is
 * 403, as listing another's deployments is); operators name the enterprise; other wallets get 403.
 */
@RestController
class UsageController {

    /** As long as the ledger's enterprise ids may be. */
    private static final int MAX_ENTERPRISE_ID = 100;

    private final TokenCharges charges;
    private final Clock clock;

    UsageController(TokenCharges charges, Clock clock) {
        this.charges = charges;
        this.clock = clock;
    }

    @Operation(summary = "Your token bill for UTC days from .. to (ISO dates, both included; default: this month"
            + " to date, at most 366 days): totals and a line per day, deployment and model. Operators pass"
            + " enterprise=<id>")
    @GetMapping("/usage")
    TokenBill usage(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String enterprise) {
        List<FieldError> problems = new ArrayList<>();
        String whose = whose(caller, enterprise, problems);
        UsagePeriod period = null;
        try {
            period = UsagePeriod.of(from, to, UsagePeriod.today(clock.instant()));
        } catch (InvalidPeriodException e) {
            e.problems().forEach(problem -> problems.add(new FieldError(problem.field(), problem.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The usage request is not valid", problems);
        }
        return TokenBill.of(whose, period, charges.lines(whose, period));
    }

    /** The enterprise whose bill the caller may read; 403 for anyone else's. */
    private static String whose(Caller caller, String enterprise, List<FieldError> problems) {
        if (caller.isOperator()) {
            if (enterprise == null) {
                problems.add(new FieldError("enterprise", "operators name the enterprise whose bill to read"));
            } else if (enterprise.isBlank() || enterprise.length() > MAX_ENTERPRISE_ID) {
                problems.add(new FieldError("enterprise", "must be an enterprise id of 1 .. " + MAX_ENTERPRISE_ID
                        + " characters"));
            }
            return enterprise;
        }
        if (caller.kind() != CallerKind.ENTERPRISE) {
            throw new AccessDeniedException("Token bills are read with an enterprise API key, or by operators");
        }
        if (enterprise != null && !enterprise.equals(caller.id())) {
            throw new AccessDeniedException("An enterprise reads only its own token bill");
        }
        return caller.id();
    }
}
