package io.athgrid.checker.license;

import io.athgrid.checker.CheckerProperties;
import io.athgrid.checker.ban.CheckerBan;
import io.athgrid.support.identity.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The licenses a wallet owns or runs, with how their seats were judged; an operator sees every license. */
@RestController
class LicenseController {

    private static final int OPERATOR_LIMIT = 1_000;

    private final LicenseStore licenses;
    private final JudgedSeats judged;
    private final Clock clock;
    private final Duration onlineWithin;
    private final CheckerBan ban;

    LicenseController(LicenseStore licenses, JudgedSeats judged, Clock clock, CheckerProperties properties) {
        this.licenses = licenses;
        this.judged = judged;
        this.clock = clock;
        this.onlineWithin = properties.assignment().onlineWithin();
        this.ban = properties.ban().rule();
    }

    @GetMapping("/licenses")
    @Transactional(readOnly = true)
    List<LicenseView> licenses(@AuthenticationPrincipal Caller caller) {
        Instant now = clock.instant();
        List<StoredLicense> found = caller.isOperator() ? licenses.all(OPERATOR_LIMIT) : licenses.ownedOrRunBy(caller.id());
        Map<Long, LicenseResults> results = judged.resultsOf(found.stream().map(StoredLicense::licenseId).toList(),
                ban.countsAfter(now));
        return found.stream()
                .map(license -> LicenseView.of(license,
                        results.getOrDefault(license.licenseId(), LicenseResults.none()), now, onlineWithin))
                .toList();
    }
}
