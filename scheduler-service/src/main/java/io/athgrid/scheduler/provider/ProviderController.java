package io.athgrid.scheduler.provider;

import io.athgrid.scheduler.billing.DailyProviderFees;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.WalletAccess;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A GPU provider's leases and fee earnings, for its wallet (and operators). Nothing about the
 * customer: no enterprise, no order. Parameters arrive as text so each bad one is named in the 400.
 */
@RestController
@RequestMapping("/provider")
class ProviderController {

    private final ProviderLeaseStore leases;
    private final DailyProviderFees daily;
    private final AccruedFees accrued;

    ProviderController(ProviderLeaseStore leases, DailyProviderFees daily, AccruedFees accrued) {
        this.leases = leases;
        this.daily = daily;
        this.accrued = accrued;
    }

    /** Another owner's container gives an empty list, as an unknown one does. */
    @GetMapping("/leases")
    List<ProviderLease> leases(@AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String containerId,
            @RequestParam(required = false) String active, @RequestParam(required = false) String limit) {
        // An operator naming nobody reads every owner's leases; fees below are always one owner's.
        Optional<String> provider = caller.isOperator() && (owner == null || owner.isBlank()) ? Optional.empty()
                : Optional.of(WalletAccess.accountFor(caller, owner, "owner"));
        return leases.find(provider, LeaseFilter.parse(containerId, active, limit));
    }

    @GetMapping("/fees")
    ProviderFees fees(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        String provider = WalletAccess.accountFor(caller, owner, "owner");
        DayRange days = DayRange.parse(from, to);
        return ProviderFees.of(provider, daily.ofOwner(provider, days.from(), days.to()),
                accrued.ofOwner(provider, days.from(), days.to()));
    }
}
