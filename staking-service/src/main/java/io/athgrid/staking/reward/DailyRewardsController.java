package io.athgrid.staking.reward;

import io.athgrid.staking.ledger.AccrualStore;
import io.athgrid.support.identity.WalletAccess;
import io.athgrid.support.identity.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A wallet's accruals per UTC day and kind over the last days; operators may ask for any account. */
@RestController
class DailyRewardsController {

    private final AccrualStore accruals;
    private final Clock clock;

    DailyRewardsController(AccrualStore accruals, Clock clock) {
        this.accruals = accruals;
        this.clock = clock;
    }

    /** The last {@code days} UTC days (1-366, default 30) including today; days without accruals left out. */
    @GetMapping("/rewards/daily")
    DailyRewardsView daily(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String days,
            @RequestParam(required = false) String account) {
        DailyWindow window = DailyWindow.endingOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), days);
        String wallet = WalletAccess.accountFor(caller, account, "account");
        return DailyRewardsView.of(wallet, window,
                accruals.perDayOfOwner(wallet, window.startsAt(), window.endsBefore()));
    }
}
