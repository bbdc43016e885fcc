package io.athgrid.checker.license;

import io.athgrid.checker.CheckerProperties;
import io.athgrid.support.identity.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The licenses a wallet owns or runs; an operator sees every license. */
@RestController
class LicenseController {

    private static final int OPERATOR_LIMIT = 1_000;

    private final LicenseStore licenses;
    private final Clock clock;
    private final Duration onlineWithin;

    LicenseController(LicenseStore licenses, Clock clock, CheckerProperties properties) {
        this.licenses = licenses;
        this.clock = clock;
        this.onlineWithin = properties.assignment().onlineWithin();
    }

    @GetMapping("/licenses")
    List<LicenseView> licenses(@AuthenticationPrincipal Caller caller) {
        Instant now = clock.instant();
        List<StoredLicense> found = caller.isOperator() ? licenses.all(OPERATOR_LIMIT) : licenses.ownedOrRunBy(caller.id());
        return found.stream().map(license -> LicenseView.of(license, now, onlineWithin)).toList();
    }
}
