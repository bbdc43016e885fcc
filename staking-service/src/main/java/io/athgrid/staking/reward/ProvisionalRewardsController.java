package io.athgrid.staking.reward;

import io.athgrid.support.identity.WalletAccess;
import io.athgrid.support.identity.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a wallet's containers are earning in the open epoch, before it closes; operators may ask for any account. */
@RestController
class ProvisionalRewardsController {

    private final ProvisionalRewards provisional;

    ProvisionalRewardsController(ProvisionalRewards provisional) {
        this.provisional = provisional;
    }

    @GetMapping("/rewards/provisional")
    ProvisionalRewardsView provisional(@AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String account) {
        String wallet = WalletAccess.accountFor(caller, account, "account");
        return ProvisionalRewardsView.of(wallet, provisional.now(wallet));
    }
}
